import { LANGUAGE_TAG, TIME_ZONE, type Locale } from './locale.ts';
import { translate } from './translate.ts';
import type { MessageId } from './messages.ts';

/**
 * Dates, times and numbers as people in the room read them, in their language. Conference dates
 * and times are wall-clock values in Europe/London ("2025-03-14T10:00"), so they are formatted as
 * written, never shifted; instants (when something was recorded) are shown in London time.
 */

function wallClock(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

/** "11:05" in London, the one format still left to Intl (digits only, so no locale data is needed). */
const clock24 = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });

/*
 * Day and month names come from the catalogues, not from Intl: browsers ship Welsh date names
 * unevenly (Debian's Chromium formats `cy` dates in American English), and a parent's phone must
 * read "Dydd Gwener 14 Mawrth 2025" whatever it runs.
 */
const monthName = (locale: Locale, d: Date) => translate(locale, { id: `format.month.${String(d.getUTCMonth() + 1).padStart(2, '0')}` as MessageId });
const dayName = (locale: Locale, d: Date) => translate(locale, { id: `format.weekday.${d.getUTCDay()}` as MessageId });

/** "14 March 2025" / "14 Mawrth 2025" */
function date(locale: Locale, d: Date): string {
  return `${d.getUTCDate()} ${monthName(locale, d)} ${d.getUTCFullYear()}`;
}

/** "Tuesday 17 December 2024" / "Dydd Mawrth 17 Rhagfyr 2024" (no comma after the day, as GOV.UK writes it). */
function dayDate(locale: Locale, d: Date): string {
  return `${dayName(locale, d)} ${date(locale, d)}`;
}

/** "10:00am" / "10:00yb": the day period comes from the catalogue, as GOV.UK and gov.wales write it. */
function clock12(locale: Locale, d: Date): string {
  const h = d.getUTCHours();
  const period = h < 12 ? 'am' : 'pm';
  return translate(locale, { id: 'format.time12', values: { hour: String(((h + 11) % 12) + 1), minute: String(d.getUTCMinutes()).padStart(2, '0'), period } });
}

/** "10:00am" / "10:00yb" from a wall-clock 'HH:MM'. */
export function formatClock(locale: Locale, hhmm: string): string {
  const d = wallClock(`2000-01-01T${hhmm}`);
  return d ? clock12(locale, d) : hhmm;
}

/** "Friday 14 March 2025 at 10:00am" / "Dydd Gwener 14 Mawrth 2025 am 10:00yb" */
export function formatDateTime(locale: Locale, value: string): string {
  const d = wallClock(value);
  if (!d) return value;
  return translate(locale, { id: 'format.dateAtTime', values: { date: dayDate(locale, d), time: clock12(locale, d) } });
}

/** "14 March 2025" / "14 Mawrth 2025" */
export function formatDate(locale: Locale, value: string | null | undefined): string {
  if (!value) return '';
  const d = wallClock(value);
  return d ? date(locale, d) : value;
}

/** "Tuesday 17 December 2024", for deadlines people will put in their diaries. */
export function formatDayDate(locale: Locale, value: string): string {
  const d = wallClock(value);
  return d ? dayDate(locale, d) : value;
}

/** "by when" as written in a plan: a date reads as a date, words stay as they are. */
export function formatByWhen(locale: Locale, value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(locale, value) : value;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE,
});
/** An instant as London's wall clock, 'YYYY-MM-DDTHH:MM'. */
function londonWallClock(iso: string): string | null {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return null;
  const p = londonParts.formatToParts(t);
  return `${part(p, 'year')}-${part(p, 'month')}-${part(p, 'day')}T${part(p, 'hour')}:${part(p, 'minute')}`;
}

/** "17 December 2024 at 3:05pm" / "17 Rhagfyr 2024 am 3:05yp": when something was done, in London time. */
export function formatInstant(locale: Locale, iso: string): string {
  const local = londonWallClock(iso);
  if (!local) return iso;
  return translate(locale, { id: 'format.dateAtTime', values: { date: formatDate(locale, local), time: formatClock(locale, local.slice(11)) } });
}

/** The London date of an instant, 'YYYY-MM-DD' ('' for a value that is not one). */
export function londonDate(iso: string): string {
  return londonWallClock(iso)?.slice(0, 10) ?? '';
}

/** "11:05", the time of day (London) something was recorded. The locale stays in the signature, as every formatter's: a 24-hour clock reads the same in both. */
export function formatTime(_locale: Locale, iso: string): string {
  return iso ? clock24.format(new Date(iso)) : '';
}

const numbers = new Map<Locale, Intl.NumberFormat>();
/** "1,250" */
export function formatNumber(locale: Locale, n: number): string {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(LANGUAGE_TAG[locale])));
  return f.format(n);
}
