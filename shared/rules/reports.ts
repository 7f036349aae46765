import type { ConferenceType } from '../schema/conference.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import { isWorkingDay } from './workingDays.ts';
// The policy (reportPolicy.ts) lives apart so that settings screens do not load the bank-holiday library.
import { DEFAULT_REPORT_POLICY, type ReportPolicy } from './reportPolicy.ts';

/**
 * RP1 — A report must be shared with the family at least N working days before the conference:
 * by default 2 before an initial conference and 5 before a review (local procedures, e.g. the
 * London Child Protection Procedures). Each council can set its own numbers.
 *
 * Counting: the conference day itself never counts. Step back one calendar day at a time; each
 * working day (Monday to Friday, not a bank holiday in the jurisdiction) counts one. The Nth
 * working day reached is the latest share date. So for a Wednesday initial conference the latest
 * share date is the Monday, and the family has Monday and Tuesday to read it. With N = 0 the
 * latest share date is the conference day. Sharing on any day after the latest date is late,
 * including a weekend or bank holiday in between.
 *
 * Dates are ISO 'YYYY-MM-DD' calendar dates; arithmetic is on UTC days, so no time zone or
 * clock change can move a date.
 */

/** RP1: the outcome for one report; `latest` is the last on-time share date. */
export interface ReportTiming {
  readonly late: boolean;
  readonly latest: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** A guard against a calendar with no working days: ten years of days is more than any policy needs. */
const MAX_DAYS_BACK = 3660;

function toUtcDay(dateIso: string): number {
  const m = ISO_DATE.exec(dateIso);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return t / DAY_MS;
  }
  throw new RangeError(`RP1: not a calendar date in the form YYYY-MM-DD: "${dateIso}"`);
}

const fromUtcDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * RP1: the date `n` working days before `dateIso`, found by stepping back one day at a time and
 * counting the days `isWorking` accepts. `dateIso` itself never counts; `n = 0` returns it.
 * Throws RangeError for an invalid date, a negative or fractional `n`, or no working days in
 * ten years. Exported so tests can use a made-up calendar.
 */
export function workingDaysBefore(dateIso: string, n: number, isWorking: (dateIso: string) => boolean): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`RP1: working days must be a whole number of 0 or more, not ${n}`);
  const start = toUtcDay(dateIso);
  let day = start;
  for (let counted = 0; counted < n; ) {
    day -= 1;
    if (start - day > MAX_DAYS_BACK) throw new RangeError(`RP1: no working days found before ${dateIso}`);
    if (isWorking(fromUtcDay(day))) counted += 1;
  }
  return fromUtcDay(day);
}

/** RP1: the notice period, in working days, that `policy` sets for this type of conference. */
export function noticeWorkingDays(type: ConferenceType, policy: ReportPolicy = DEFAULT_REPORT_POLICY): number {
  return type === 'initial' ? policy.initialWorkingDays : policy.reviewWorkingDays;
}

/**
 * RP1: the last date a report can be shared with the family and still be on time. Always a
 * working day in the jurisdiction, unless the notice period is 0 (then the conference date).
 */
export function latestShareDate(
  conferenceDate: string,
  type: ConferenceType,
  jurisdiction: Jurisdiction,
  policy: ReportPolicy = DEFAULT_REPORT_POLICY,
): string {
  return workingDaysBefore(conferenceDate, noticeWorkingDays(type, policy), (d) => isWorkingDay(d, jurisdiction));
}

/**
 * RP1: whether a report shared on `sharedOn` was late for the conference: late iff `sharedOn` is
 * after `latest`. A report not shared yet has no `sharedOn`; the caller decides how to show that
 * (for example, compare today's date). Throws RangeError if either date is invalid.
 */
export function isReportLate(
  sharedOn: string,
  conferenceDate: string,
  type: ConferenceType,
  jurisdiction: Jurisdiction,
  policy: ReportPolicy = DEFAULT_REPORT_POLICY,
): ReportTiming {
  const latest = latestShareDate(conferenceDate, type, jurisdiction, policy);
  return { late: toUtcDay(sharedOn) > toUtcDay(latest), latest };
}
