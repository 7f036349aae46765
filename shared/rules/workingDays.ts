import type Holidays from 'date-holidays';
import { holidayLibrary } from '#holidays';
import { z } from 'zod/mini';
import { bankHolidayDivision } from './jurisdiction.ts';
import type { BankHolidayDivision, Jurisdiction } from './jurisdiction.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * Calendar dates are ISO 'YYYY-MM-DD' strings throughout, never `Date` objects, so a deadline
 * computed in a browser in one time zone and on a server in another is the same string.
 * Arithmetic runs on UTC day numbers, which have no daylight-saving gaps.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toDayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    // Date.UTC rolls 2025-02-30 over to 2 March; a round trip catches impossible dates.
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return t / DAY_MS;
  }
  throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: "${date}"`);
}

function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** WK0: true iff `value` is a real calendar date written 'YYYY-MM-DD' (so not 2025-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** WK0: zod schema accepting exactly the strings {@link isIsoDate} accepts. */
export const isoDateSchema = z.string().check(z.refine(isIsoDate, { message: v('validation.realDate') }));

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * WK5 — The calendar date of a conference in UK local time, which is the date every deadline
 * counts from. Accepts 'YYYY-MM-DD', a local wall-clock 'YYYY-MM-DDTHH:mm[:ss]' (already
 * Europe/London, so its date part is returned as is), or an instant with 'Z' or '±HH:MM', which
 * is converted to Europe/London (so 23:30Z on a summer evening is the next day in BST).
 * Throws RangeError for anything else.
 */
export function conferenceLocalDate(startsAt: string): IsoDate {
  const local = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(startsAt);
  if (local?.[1] !== undefined) return fromDayNumber(toDayNumber(local[1]));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(startsAt)) {
    const instant = new Date(startsAt);
    if (!Number.isNaN(instant.getTime())) {
      // formatToParts, not format: some ICU versions have changed en-CA's separators.
      const part = (type: string) => LONDON_DATE.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
      return `${part('year')}-${part('month')}-${part('day')}`;
    }
  }
  throw new RangeError(`Not a conference date or date-time: "${startsAt}"`);
}

/**
 * BH1 — date-holidays names the UK nations as states of country 'GB'. England and Wales have
 * identical data there; we use 'ENG' for the shared division.
 */
const LIBRARY_STATE: Readonly<Record<BankHolidayDivision, string>> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

const instances = new Map<BankHolidayDivision, Holidays>();
const yearCache = new Map<string, ReadonlyMap<IsoDate, string>>();

function holidaysInYear(year: number, division: BankHolidayDivision): ReadonlyMap<IsoDate, string> {
  const key = `${division}:${year}`;
  const cached = yearCache.get(key);
  if (cached) return cached;
  let hd = instances.get(division);
  if (!hd) {
    const Library = holidayLibrary();
    hd = new Library('GB', LIBRARY_STATE[division]);
    instances.set(division, hd);
  }
  const days = new Map<IsoDate, string>();
  for (const h of hd.getHolidays(year, 'en')) {
    // Only 'public' days are bank holidays; the GB data also has observances such as Mother's Day.
    // `h.date` is local wall-clock 'YYYY-MM-DD hh:mm:ss', so its prefix is the calendar date.
    if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
  }
  yearCache.set(key, days);
  return days;
}

/**
 * BH1 — The bank holidays of a year in the jurisdiction's division, in date order, as the
 * date-holidays library gives them (type 'public' only). May include a holiday that falls on a
 * weekend alongside its weekday substitute. One-off holidays (jubilees, state funerals) appear
 * only once the library is updated.
 */
export function bankHolidays(year: number, jurisdiction: Jurisdiction): { date: IsoDate; name: string }[] {
  const days = holidaysInYear(year, bankHolidayDivision(jurisdiction));
  return [...days].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/** BH1: the bank holiday's name if `date` is one in this jurisdiction, else null. */
export function bankHolidayName(date: IsoDate, jurisdiction: Jurisdiction): string | null {
  toDayNumber(date);
  const year = Number(date.slice(0, 4));
  return holidaysInYear(year, bankHolidayDivision(jurisdiction)).get(date) ?? null;
}

/** WK1: true iff `date` is a Saturday or Sunday. Throws RangeError for an invalid date. */
export function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(toDayNumber(date) * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** WK1: true iff `date` is Monday to Friday and not a bank holiday in the jurisdiction. Throws RangeError for an invalid date. */
export function isWorkingDay(date: IsoDate, jurisdiction: Jurisdiction): boolean {
  return !isWeekend(date) && bankHolidayName(date, jurisdiction) === null;
}

/** WK2: the date `days` calendar days after `date` (negative goes back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number, not ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * WK2 — The nth working day after `date` (`date` itself never counts, whatever day it is), so
 * "within 10 working days of a Monday conference" is `addWorkingDays(monday, 10, j)`.
 * Requires a whole `n` ≥ 1; throws RangeError otherwise.
 */
export function addWorkingDays(date: IsoDate, n: number, jurisdiction: Jurisdiction): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Working days must be a whole number of at least 1, not ${n}`);
  let day = toDayNumber(date);
  for (let counted = 0; counted < n; ) {
    day += 1;
    if (isWorkingDay(fromDayNumber(day), jurisdiction)) counted += 1;
  }
  return fromDayNumber(day);
}

function stepToWorkingDay(date: IsoDate, step: 1 | -1, jurisdiction: Jurisdiction): IsoDate {
  let day = toDayNumber(date);
  while (!isWorkingDay(fromDayNumber(day), jurisdiction)) day += step;
  return fromDayNumber(day);
}

/** WK3: `date` if it is a working day, otherwise the closest earlier working day. */
export function nextWorkingDayOnOrBefore(date: IsoDate, jurisdiction: Jurisdiction): IsoDate {
  return stepToWorkingDay(date, -1, jurisdiction);
}

/** WK3: `date` if it is a working day, otherwise the closest later working day. */
export function nextWorkingDayOnOrAfter(date: IsoDate, jurisdiction: Jurisdiction): IsoDate {
  return stepToWorkingDay(date, 1, jurisdiction);
}

/**
 * WK4 — The same day of the month `months` later (negative goes back), clamped to the last day
 * of a shorter month: 2024-11-30 + 3 months is 2025-02-28, never 2 or 3 March, so "within
 * 3 months" can never overshoot into the following month.
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number, not ${months}`);
  const start = new Date(toDayNumber(date) * DAY_MS);
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)) / DAY_MS);
}
