import type { CouncilSettings, Timescales } from './settings.ts';
import { DEFAULT_REPORT_POLICY } from '../rules/reportPolicy.ts';
import { DEFAULT_SCALE } from '../rules/scaling.ts';
import { DEFAULT_QUORUM_AGENCIES } from '../rules/quorum.ts';
import { DEFAULT_POLICY } from '../rules/councilPolicy.ts';

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
