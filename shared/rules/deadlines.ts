import type { ConferenceType } from '../schema/conference.ts';
import { isProtectiveOutcome } from './decision.ts';
import { msg, type Msg } from '../i18n/messages.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import {
  addCalendarDays,
  addMonthsClamped,
  addWorkingDays,
  bankHolidayName,
  isIsoDate,
  isWeekend,
  nextWorkingDayOnOrAfter,
  nextWorkingDayOnOrBefore,
} from './workingDays.ts';
import type { IsoDate } from './workingDays.ts';
import { councilPolicySchema, type CouncilPolicy } from './councilPolicy.ts';
import { DEFAULT_POLICY } from '../schema/settingsDefaults.ts';

/** The deadline rules, in the order {@link computeDeadlines} returns them. Ids are stable. */
export const DEADLINE_RULE_IDS = ['WD1', 'WD2', 'WD3', 'WD4', 'WD5', 'WD6'] as const;
export type DeadlineRuleId = (typeof DEADLINE_RULE_IDS)[number];

/** The facts about a conference that its deadlines depend on; `date` is its UK local date. */
export interface ConferenceForDeadlines {
  date: IsoDate;
  /** 'HH:MM' local start time, for a deadline counted in hours. */
  startTime?: string;
  type: ConferenceType;
  jurisdiction: Jurisdiction;
}

/** The end of the working day, when a summary "due by the end of the day" is due. */
export const END_OF_WORKING_DAY = '17:00';

/** Why and from what a chair moved a deadline. `originalDue` is always the rule's own date. */
export interface DeadlineOverride {
  originalDue: IsoDate;
  reason: string;
  /** True when the new date is later than the rule allows, so the record shows it was missed. */
  laterThanRule: boolean;
}

/** One computed deadline: which rule, what must happen, and by when. */
export interface Deadline {
  ruleId: DeadlineRuleId;
  /** What must happen, by message id (`export.deadline.label.WD1`…), for any language. */
  label: Msg;
  /** How the date was worked out, from the council's timescales, for the screens, the record and the family's copy. */
  basis: Msg;
  due: IsoDate;
  /** 'HH:MM' UK local time where the deadline has a time of day (WD1). */
  dueTime?: string;
  jurisdiction: Jurisdiction;
  conferenceDate: IsoDate;
  override?: DeadlineOverride;
}

/**
 * Computes WD1–WD6 for a conference, in rule order (a review has no WD2). Every due date is a working day in the
 * conference's bank-holiday division. WD3 assumes the child stays on a plan or the register;
 * callers drop it when the decision ends the plan. Throws RangeError for an invalid date or
 * policy (programming errors, not user input: validate with the schemas first).
 */
export function computeDeadlines(conference: ConferenceForDeadlines, policy: CouncilPolicy = {}): Deadline[] {
  const { date, type, jurisdiction } = conference;
  if (!isIsoDate(date)) throw new RangeError(`Conference date must be YYYY-MM-DD, not "${date}"`);
  const parsed = councilPolicySchema.safeParse(policy);
  if (!parsed.success) throw new RangeError('Council policy timescales must be whole numbers within their limits');
  const p = { ...DEFAULT_POLICY, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) } as Required<CouncilPolicy>;
  const make = (ruleId: DeadlineRuleId, due: IsoDate, dueTime?: string): Deadline => ({
    ruleId, label: msg(`export.deadline.label.${ruleId}`), basis: deadlineBasis(ruleId, type, p), due, jurisdiction, conferenceDate: date, ...(dueTime ? { dueTime } : {}),
  });

  // WD1 — Safeguarding partnership procedures (e.g. the London Child Protection Procedures): the
  // decision and outline plan go to everyone, including the family, by the end of the next working
  // day. Some councils send the plan within 48 hours; the Wales procedures allow 5 working days.
  let receipt: IsoDate;
  let wd1Time: string | undefined = END_OF_WORKING_DAY;
  if (p.summaryWithinHours !== null) {
    // Counted in whole days from the conference day, landing on a working day, at the conference's own time.
    receipt = nextWorkingDayOnOrAfter(addCalendarDays(date, Math.ceil(p.summaryWithinHours / 24)), jurisdiction);
    wd1Time = conference.startTime ?? END_OF_WORKING_DAY;
  } else {
    receipt = addWorkingDays(date, p.summaryWorkingDays, jurisdiction);
  }

  // WD3 — Working Together 2023 (and the Welsh, Scottish and NI guidance): first review within
  // 3 months of the initial conference, then no more than 6 months apart. A non-working day moves
  // the date earlier, so the review is still "within" the limit.
  const months = type === 'initial' ? 3 : 6;
  const review = nextWorkingDayOnOrBefore(addMonthsClamped(date, months), jurisdiction);
  // WD5 — One council's leaflet: "within 10 working days of the conference". Some count from receipt.
  const appealStart = p.appealFrom === 'conference' ? date : receipt;

  return [
    make('WD1', receipt, wd1Time),
    // WD2 — Working Together 2023: the first core group meeting, within 10 working days of the
    // initial conference. At a review the core group already meets: no "first" meeting to set.
    ...(type === 'initial' ? [make('WD2', addWorkingDays(date, 10, jurisdiction))] : []),
    make('WD3', review),
    // WD4 — Local procedures count the family's window to ask for changes from when they receive
    // the summary, taken as the WD1 due date so everyone can see the same day.
    make('WD4', addWorkingDays(receipt, p.amendmentWorkingDays, jurisdiction)),
    make('WD5', addWorkingDays(appealStart, p.appealWorkingDays, jurisdiction)),
    // WD6 — Some councils send the full minutes within 28 days; a non-working day moves it later.
    make('WD6', nextWorkingDayOnOrAfter(addCalendarDays(date, p.minutesCalendarDays), jurisdiction)),
  ];
}

/**
 * How a deadline's date is worked out under the council's timescales, as the screens, the record
 * and the family's copy say it. Also for a version kept before deadlines carried their words.
 */
export function deadlineBasis(id: DeadlineRuleId, type: ConferenceType, policy: CouncilPolicy): Msg {
  const p = { ...DEFAULT_POLICY, ...Object.fromEntries(Object.entries(policy).filter(([, v]) => v !== undefined)) } as Required<CouncilPolicy>;
  switch (id) {
    case 'WD1':
      if (p.summaryWithinHours !== null) return msg('export.deadline.basis.WD1.hours', { hours: p.summaryWithinHours });
      return p.summaryWorkingDays === 1 ? msg('export.deadline.basis.WD1.nextDay') : msg('export.deadline.basis.WD1.days', { days: p.summaryWorkingDays });
    case 'WD2': return msg('export.deadline.basis.WD2');
    case 'WD3': return msg('export.deadline.basis.WD3', { months: type === 'initial' ? 3 : 6, type });
    case 'WD4': return msg('export.deadline.basis.WD4', { days: p.amendmentWorkingDays });
    case 'WD5': return p.appealFrom === 'conference'
      ? msg('export.deadline.basis.WD5.conference', { days: p.appealWorkingDays })
      : msg('export.deadline.basis.WD5.receipt', { days: p.appealWorkingDays });
    case 'WD6': return msg('export.deadline.basis.WD6', { days: p.minutesCalendarDays });
  }
}

/** What {@link applyOverride} returns: the changed deadline, or the reasons why not. */
export type OverrideResult = { ok: true; value: Deadline } | { ok: false; reasons: Msg[] };

/** The longest override reason accepted, the same limit as other free text in the record. */
export const OVERRIDE_REASON_MAX = 2000;

/**
 * OV1 — The chair may move any deadline, but only with a reason, to a working day on or after
 * the conference. Never throws. The returned deadline keeps the rule's original date in
 * `override.originalDue` (even across repeated overrides) and flags a date later than the rule.
 */
export function applyOverride(deadline: Deadline, change: { date: IsoDate; reason: string }): OverrideResult {
  const reasons: Msg[] = [];
  const reason = typeof change.reason === 'string' ? change.reason.trim() : '';
  if (reason.length === 0) reasons.push(msg('rules.deadlines.reasonMissing'));
  if (reason.length > OVERRIDE_REASON_MAX) reasons.push(msg('rules.deadlines.reasonTooLong'));
  const date = change.date;
  if (!isIsoDate(date)) {
    reasons.push(msg('rules.deadlines.badDate'));
  } else {
    const holiday = bankHolidayName(date, deadline.jurisdiction);
    // Dates go as written (YYYY-MM-DD): translate() formats a `date` value in the reader's language.
    if (date < deadline.conferenceDate) {
      reasons.push(msg('rules.deadlines.beforeConference', { date: deadline.conferenceDate }));
    } else if (isWeekend(date)) {
      reasons.push(msg('rules.deadlines.weekend', { date }));
    } else if (holiday !== null) {
      reasons.push(msg('rules.deadlines.bankHoliday', { date, jurisdiction: deadline.jurisdiction, holiday }));
    } else if (date === deadline.due) {
      reasons.push(msg('rules.deadlines.sameDate', { date }));
    }
  }
  if (reasons.length > 0) return { ok: false, reasons };
  const originalDue = deadline.override?.originalDue ?? deadline.due;
  return {
    ok: true,
    value: { ...deadline, due: date, override: { originalDue, reason, laterThanRule: date > originalDue } },
  };
}

/** What {@link recordedDeadlines} needs from the decision record. */
export interface DecisionForDeadlines {
  perChild: readonly { outcome: string }[];
  /** The chair's changes (OV1), by rule id: the new date and the reason kept with it. */
  dateOverrides: Readonly<Record<string, { date: IsoDate; reason: string }>>;
}

/**
 * OV2 — The deadlines as the record shows them: {@link computeDeadlines} with each change the
 * chair kept (OV1) laid over the rule's date, so `override.originalDue` is always the rule's own
 * date and the reason stays with it. WD3 (the review) is left out once a decision has been
 * chosen for the children and none of them stays on a plan or the register. Same errors as
 * {@link computeDeadlines}.
 */
export function recordedDeadlines(conference: ConferenceForDeadlines, decision: DecisionForDeadlines, policy: CouncilPolicy = {}): Deadline[] {
  const ended = decision.perChild.length > 0 && !decision.perChild.some((c) => isProtectiveOutcome(c.outcome));
  return computeDeadlines(conference, policy)
    .filter((d) => !(ended && d.ruleId === 'WD3'))
    .map((d) => {
      const o = decision.dateOverrides[d.ruleId];
      if (!o || !isIsoDate(o.date) || o.date === d.due) return d;
      return { ...d, due: o.date, override: { originalDue: d.due, reason: o.reason, laterThanRule: o.date > d.due } };
    });
}
