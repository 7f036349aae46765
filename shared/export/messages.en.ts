import type { ConferenceType } from '../schema/conference.ts';
import { ATTENDANCE_LABELS, ROLE_LABELS, type Attendance, type Role } from '../schema/roles.ts';
import { categoryOptions, decisionOptions, viewOptions } from '../rules/decision.ts';
import { jurisdictionLabel, type Jurisdiction } from '../rules/jurisdiction.ts';
import { AGENDA, SECTIONS, sectionTitleId, stepTitleId } from '../rules/agenda.ts';
import { translate } from '../i18n/translate.ts';
import { PROGRESS_LABELS, type ProgressState } from '../schema/action.ts';
import type { TrendColumn, TrendLine } from '../rules/trend.ts';

// Hand-rolled rather than Intl, whose output differs between ICU versions (browser vs server),
// so the same record reads the same wherever it is built.
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(value: string): { y: number; m: number; d: number; hh: number | null; mm: number | null } | null {
  const x = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!x) return null;
  return { y: Number(x[1]), m: Number(x[2]), d: Number(x[3]), hh: x[4] ? Number(x[4]) : null, mm: x[5] ? Number(x[5]) : null };
}

/** "16 December 2024"; words (e.g. "ongoing until review") stay as written. */
function date(value: string): string {
  const p = parts(value);
  return p && /^\d{4}-\d{2}-\d{2}$/.test(value.slice(0, 10)) ? `${p.d} ${MONTHS[p.m - 1]} ${p.y}` : value;
}

/** A trend column's two lines: "16 Dec 2024" and "Initial", or "Today". */
function trendColumn(c: TrendColumn): [string, string] {
  const p = parts(c.startsAt);
  const short = p ? `${p.d} ${MONTHS[p.m - 1]!.slice(0, 3)} ${p.y}` : c.startsAt;
  return [short, c.today ? 'Today' : c.type === 'initial' ? 'Initial' : 'Review'];
}

/** "Monday 16 December 2024", for deadlines people put in their diaries. */
function dayDate(value: string): string {
  const p = parts(value);
  if (!p) return value;
  return `${DAYS[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()]} ${date(value)}`;
}

/** "10:00am" from 'HH:MM'. */
function clock(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
}

/** A UTC instant as the UK reads it: "17 December 2024 at 3:05pm" (Europe/London). */
function instant(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  // British Summer Time: last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC.
  const y = t.getUTCFullYear();
  const lastSunday = (month: number) => {
    const end = new Date(Date.UTC(y, month + 1, 0));
    return Date.UTC(y, month, end.getUTCDate() - end.getUTCDay(), 1);
  };
  const bst = t.getTime() >= lastSunday(2) && t.getTime() < lastSunday(9);
  const local = new Date(t.getTime() + (bst ? 3_600_000 : 0));
  const iso2 = local.toISOString();
  return `${date(iso2.slice(0, 10))} at ${clock(iso2.slice(11, 16))}`;
}

/**
 * EX6 — Every word the documents print, in English. A Welsh module with the same shape can follow
 * without touching the layout code: the outline builders take the messages as a parameter.
 */
export const en = {
  marking: 'OFFICIAL-SENSITIVE',
  page: ['Page ', ' of ', ''] as const,
  date,
  dayDate,
  clock,
  instant,
  dateTime: (local: string) => `${dayDate(local)} at ${clock(local.slice(11, 16))}`,
  yes: 'Yes',
  no: 'No',
  none: 'None recorded',

  titles: {
    full: 'Conference summary and outline plan',
    family: 'Your copy of the conference summary and outline plan',
    letter: 'Letter about the conference decision',
  },
  fileNames: { full: 'conference-summary', family: 'family-copy', letter: 'decision-letter' },
  conferenceName: (type: ConferenceType, j: Jurisdiction) =>
    j === 'scotland'
      ? (type === 'initial' ? 'Initial Child Protection Planning Meeting' : 'Review Child Protection Planning Meeting')
      : (type === 'initial' ? 'Initial child protection conference' : 'Review child protection conference'),
  draft: 'Draft: this record has not been finalised yet.',
  version: (n: number, at: string, by: string) => `Version ${n}, finalised on ${instant(at)} by ${by}.`,
  fingerprint: (hash: string) => `Content fingerprint (SHA-256) of this version: ${hash}`,

  about: 'About the conference',
  facts: {
    type: 'Conference', when: 'Date and time', where: 'Venue', online: 'Online', nation: 'Procedures followed',
    chair: 'Chair', noteTaker: 'Note taker', notRecorded: 'Not recorded',
  },
  nation: (j: Jurisdiction) => `${jurisdictionLabel(j)}`,
  children: 'Children',
  childHeader: ['Name', 'Date of birth'] as const,
  notKnown: 'Not known',

  attendance: 'Who took part',
  attendanceHeader: ['Name', 'Role', 'Agency', 'Attendance'] as const,
  role: (r: Role | string) => ROLE_LABELS[r as Role] ?? r,
  attendanceLabel: (a: Attendance) => ATTENDANCE_LABELS[a],
  apologies: 'Sent apologies',
  reportOnly: 'Sent a report only',

  reports: 'Reports',
  reportsHeader: ['Report', 'From', 'Received', 'Shared with the family'] as const,
  reportLate: (latest: string) => ` (late: it should have reached the family by ${date(latest)})`,
  notShared: 'Not shared',

  steps: Object.fromEntries(AGENDA.map((s) => [s.id, translate('en', { id: stepTitleId(s.id), values: { children: 1 } })])) as Record<string, string>,
  sections: Object.fromEntries(SECTIONS.map((s) => [s.id, translate('en', { id: sectionTitleId(s.id), values: { children: 1 } })])) as Record<string, string>,
  said: (name: string, agency: string) => (name && agency ? `${name}, ${agency}` : name || agency),
  incidentsHeader: ['When', 'Date', 'What happened', 'Who told us'] as const,
  incidentKind: { first: 'First time', worst: 'Worst time', last: 'Last time' } as Record<string, string>,
  itemHeader: ['What was said', 'Who said it'] as const,

  dangers: 'Danger statements and safety goals',
  dangerStatement: (n: number) => `Danger statement ${n}`,
  safetyGoal: (n: number) => `Safety goal ${n}`,

  scaling: 'Scaling',
  scaleQuestion: 'Question',
  scale0: 'What 0 means',
  scale10: 'What 10 means',
  direction: { higher_is_safer: 'A higher number means safer', higher_is_riskier: 'A higher number means more risk' } as Record<string, string>,
  directionLabel: 'Direction',
  escalation: 'Escalation',
  escalationAt: (n: number) => `A score of ${n} or below is escalated`,
  noEscalation: 'No escalation level set',
  scoresHeader: ['Name', 'Role', 'Score', 'Reason'] as const,
  onBehalf: ' (recorded for them by the chair or note taker)',
  median: (label: string, m: number | null) => `${label}: ${m === null ? 'no scores' : `middle score ${m}`}`,
  family: 'Family',
  professionals: 'Professionals',
  notRevealed: 'The scores for this question were not shown in the meeting, so they are not part of the record.',
  dotPlotAlt: (question: string, family: readonly number[], professional: readonly number[]) =>
    `Dot plot for "${question}" on a line from 0 to 10. Family scores: ${family.length ? family.join(', ') : 'none'}. Professional scores: ${professional.length ? professional.join(', ') : 'none'}.`,

  trend: 'Where we were, where we are now',
  trendIntro: 'Each person’s score at every conference about the children, today’s last. Higher on the chart is safer, whichever way each question was asked; the numbers are the scores as given.',
  trendByRole: 'The middle score of each role',
  trendHeader: (columns: readonly TrendColumn[]) => ['Name', 'Role', ...columns.map((c) => `${trendColumn(c)[0]} (${trendColumn(c)[1]})`)],
  trendLabels: {
    column: trendColumn,
    line: (l: TrendLine, by: 'person' | 'role') => (by === 'person' ? `${l.name} (${ROLE_LABELS[l.role as Role] ?? l.role})` : ROLE_LABELS[l.role as Role] ?? l.role),
    safer: 'Safer',
    lessSafe: 'Less safe',
    reversed: 'asked with 10 as least safe',
  },
  trendAlt: (sentences: readonly string[]) => `Line chart of the scaling scores at each conference, safer at the top. ${sentences.join(' ')}`,
  noScore: '–',

  sinceLast: 'Since the last conference',
  lastDecision: (when: string) => `The decision of the last conference (${date(when)})`,
  progress: 'Progress on the last conference’s plan',
  progressHeader: ['No.', 'What needed to happen', 'Progress', 'Comment'] as const,
  progressLabel: (p: ProgressState | null) => (p ? PROGRESS_LABELS[p] : 'Not reported'),
  childReasons: 'Why the plan ends or changes, for each child',

  views: 'Views on the plan',
  viewsHeader: ['Name', 'Role', 'View for each child (and the kind of harm)', 'Reason'] as const,
  familyViews: 'Family views (recorded, not counted towards the decision)',
  professionalViews: 'Professional views',
  viewLabel: (j: Jurisdiction, v: string) => viewOptions(j).find((o) => o.value === v)?.label ?? v,

  decision: 'Decision',
  decisionHeader: ['Child', 'Decision', 'Category'] as const,
  outcome: (j: Jurisdiction, type: ConferenceType, outcome: string) =>
    decisionOptions(j, type).find((o) => o.value === outcome)?.label ?? outcome,
  category: (j: Jurisdiction, c: string | null) => (c ? categoryOptions(j).find((o) => o.value === c)?.label ?? c : 'Not applicable'),
  reasons: 'Reasons for the decision',
  dissent: 'Disagreement recorded',
  keyWorker: 'Key worker (lead social worker)',
  coreGroup: 'Core group',
  notDecided: 'No decision has been recorded.',

  plan: 'Outline plan: what needs to happen',
  planHeader: ['No.', 'What needs to happen', 'Who', 'By when', 'How we will know', 'Danger statement'] as const,
  contingency: 'Contingency plan: what happens if things go wrong',
  contingencyHeader: ['If this happens', 'We will'] as const,
  restricted: 'Professionals only (not shared with the family): ',
  genogram: 'Genogram (family tree)',

  dates: 'Important dates',
  datesHeader: ['What', 'By when', 'How the date was worked out'] as const,
  dueAt: (d: string, time?: string) => (time ? `${dayDate(d)}, by ${clock(time)}` : dayDate(d)),
  changedDate: (from: string, reason: string) => ` Changed from ${dayDate(from)}. Reason: ${reason}`,

  changeLog: 'Changes to this record',
  changeHeader: ['Version', 'What changed', 'Why', 'Who', 'When'] as const,

  familyNote: {
    heading: 'About this document',
    what: (conference: string, when: string) =>
      `This is your copy of what was said and decided at the ${conference.toLowerCase()} on ${when}. It has everything that was shared with the family in the meeting.`,
    changes: (by: string) =>
      `If something in it is wrong, you can ask for it to be changed. Use your record link to tell us which part is wrong and what it should say. Please ask by ${by}. We will still look at a request that comes later.`,
    appeal: (by: string) =>
      `If you disagree with the decision, or how the meeting was run, you can appeal or complain. Please do this by ${by}. Write to the chair, or ask your social worker or advocate to help you.`,
    help: 'An advocate can help you read this, ask for changes or appeal. Ask your social worker how to get one.',
  },

  letter: {
    dear: (names: readonly string[]) => `Dear ${names.length ? names.join(' and ') : 'parent or carer'},`,
    opening: (conference: string, when: string, children: string) =>
      `I am writing to tell you the decision of the ${conference.toLowerCase()} held on ${when} about ${children}.`,
    decided: 'What the conference decided',
    meaning: {
      england: 'A child protection plan means the people at the conference think the child is likely to suffer significant harm, so a plan is needed to keep them safe. A child in need plan means support is offered under the Children Act 1989.',
      wales: 'Placing a name on the child protection register means the people at the conference think the child is at risk of significant harm. A Care and Support Protection Plan sets out what everyone will do to keep them safe.',
      scotland: 'Placing a name on the child protection register means the people at the meeting think the child is at risk of significant harm. A Child Protection Plan sets out what everyone will do to keep them safe.',
      northern_ireland: 'Placing a name on the child protection register means the people at the conference think the child is at risk of significant harm, and a child protection plan is needed.',
    } as Record<Jurisdiction, string>,
    keyWorker: (name: string) => `Your key worker is ${name}.`,
    coreGroup: (when: string) => `The first core group meeting will be held by ${when}.`,
    review: (when: string) => `The review conference will be held by ${when}.`,
    changesHeading: 'If something in the record is wrong',
    appealHeading: 'If you disagree with the decision',
    closing: 'Yours sincerely,',
    chairRole: 'Independent chair',
  },
} as const;

type Widen<T> = T extends string ? string
  : T extends (...a: infer A) => infer R ? (...a: A) => Widen<R>
  : T extends readonly (infer U)[] ? readonly Widen<U>[]
  : T extends object ? { readonly [K in keyof T]: Widen<T[K]> }
  : T;

/** The shape every language's messages share: the same keys, any words. */
export type RecordMessages = Widen<typeof en>;
