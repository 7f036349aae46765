import { z } from 'zod/mini';
import { v } from '../i18n/zodErrors.ts';

// Kept apart from deadlines.ts so the settings schema (on every device) does not pull in the
// bank-holiday library that computing the dates needs.

/** Where the appeal window starts counting: the conference (the default) or the family's receipt of the summary. */
export const APPEAL_FROM = ['conference', 'receipt'] as const;
export type AppealFrom = (typeof APPEAL_FROM)[number];

/** A council's own timescales where its procedures differ from the national defaults (TS1). */
export interface CouncilPolicy {
  /** WD1: working days to send the written summary; e.g. 5 under the Wales procedures. */
  summaryWorkingDays?: number;
  /** WD1: some councils send the plan within a number of hours (e.g. 48) instead; wins over working days. */
  summaryWithinHours?: number | null;
  /** WD6: calendar days to send the full minutes (28 in some councils). */
  minutesCalendarDays?: number;
  /** WD4: working days from receipt to ask for changes. */
  amendmentWorkingDays?: number;
  /** WD5: working days to appeal, counted from {@link CouncilPolicy.appealFrom}. */
  appealWorkingDays?: number;
  appealFrom?: AppealFrom;
}

const days = (max: number) => z.number().check(z.int(v('validation.wholeNumber')), z.minimum(1, v('validation.tooSmall')), z.maximum(max, v('validation.tooBig')));

/** Accepts a {@link CouncilPolicy}: whole-number timescales within sensible bounds. */
export const councilPolicySchema = z.strictObject({
  summaryWorkingDays: z.optional(days(20)),
  summaryWithinHours: z.optional(
    z.nullable(z.number().check(z.int(v('validation.hours.whole')), z.minimum(24, v('validation.hours.min')), z.maximum(240, v('validation.hours.max')))),
  ),
  minutesCalendarDays: z.optional(days(90)),
  amendmentWorkingDays: z.optional(days(20)),
  appealWorkingDays: z.optional(days(40)),
  appealFrom: z.optional(z.enum(APPEAL_FROM)),
});
