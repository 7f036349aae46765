import type { CouncilSettings, Timescales } from './settings.ts';
import { DEFAULT_REPORT_POLICY } from '../rules/reportPolicy.ts';
import type { ScaleDefinition } from '../rules/scaling.ts';
import type { CouncilPolicy } from '../rules/councilPolicy.ts';

// The national defaults live here, not beside their rules (scaling.ts, quorum.ts, councilPolicy.ts):
// every device reads them before the council's settings arrive, and a module is one chunk's, so
// importing a rule's module for its default put the whole rule, schemas and messages in every phone's
// first download. The rules import their defaults from here.

/** SC5: the standard Signs of Safety safety scale, used unless the chair words it for the family. */
export const DEFAULT_SCALE: Readonly<ScaleDefinition> = {
  question:
    'On a scale of 0 to 10, where 10 means everyone knows the children are safe enough for the case to be closed, ' +
    'and 0 means things are so bad that the children cannot stay where they are — where do you put things today, and why?',
  anchor0: 'Things are so bad that the children cannot stay where they are',
  anchor10: 'Everyone knows the children are safe enough for the case to be closed',
  direction: 'higher_is_safer',
};

/** QU1: the number of agencies Working Together expects to take part, unless the council sets its own (ST1). */
export const DEFAULT_QUORUM_AGENCIES = 3;

/** TS1 — The national defaults: summary by the end of the next working day, minutes in 28 days, changes in 5 working days, appeal in 10 from the conference. */
export const DEFAULT_POLICY: Readonly<Required<CouncilPolicy>> = Object.freeze({
  summaryWorkingDays: 1,
  summaryWithinHours: null,
  minutesCalendarDays: 28,
  amendmentWorkingDays: 5,
  appealWorkingDays: 10,
  appealFrom: 'conference',
});

/** TS1: the national timescales, for settings stored before there were any. */
const { summaryWorkingDays: _summaryDays, ...timescales } = DEFAULT_POLICY;
export const DEFAULT_TIMESCALES: Timescales = timescales;

/**
 * ST1 — The national defaults of every setting but the plain-words lists (JG1, with the full
 * defaults in settings.ts): what a screen reads until the council's own settings arrive. Apart,
 * because the lists are long and only the screens where people write (the chair's) flag jargon.
 */
export const DEFAULT_SETTINGS_EXCEPT_JARGON: Omit<CouncilSettings, 'jargon'> = Object.freeze({
  reports: { ...DEFAULT_REPORT_POLICY },
  summaryWorkingDays: 1,
  scale: { ...DEFAULT_SCALE },
  quorumAgencies: DEFAULT_QUORUM_AGENCIES,
  timescales: { ...DEFAULT_TIMESCALES },
});
