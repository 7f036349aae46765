import { z } from 'zod/mini';
import { DEFAULT_JARGON, jargonListSchema, type JargonEntry } from '../rules/jargon.ts';
import { DEFAULT_JARGON_CY } from '../rules/jargonCy.ts';
import type { Locale } from '../i18n/locale.ts';
import { reportPolicySchema } from '../rules/reportPolicy.ts';
import { scaleDefinitionSchema } from '../rules/scaling.ts';
import { quorumAgenciesSchema } from '../rules/quorum.ts';
import { councilPolicySchema, type CouncilPolicy } from '../rules/councilPolicy.ts';
import { DEFAULT_QUORUM_AGENCIES, DEFAULT_SCALE, DEFAULT_SETTINGS_EXCEPT_JARGON, DEFAULT_TIMESCALES } from './settingsDefaults.ts';
import { v } from '../i18n/zodErrors.ts';

/** TS1 — The council's other timescales (WD1 in hours, WD4–WD6); stored settings from before them read as the national defaults. */
export const timescalesSchema = z.required(z.omit(councilPolicySchema, { summaryWorkingDays: true }));
export type Timescales = z.infer<typeof timescalesSchema>;

/**
 * JG1 — The council's plain-words lists, one per language. Settings saved when there was one
 * (English) list read as that list, with the built-in Welsh one beside it.
 */
const jargonByLocaleSchema = z.pipe(
  z.transform((v: unknown) => (Array.isArray(v) ? { en: v, cy: [...DEFAULT_JARGON_CY] } : v)),
  z.strictObject({ en: jargonListSchema, cy: jargonListSchema }),
);

/**
 * ST1 — A council's own settings: its plain-words lists (JG1), when reports must reach the family
 * (RP1), how many working days the written summary may take (WD1), its other timescales (TS1),
 * the scale a chair starts from (SC5: question, ends, direction, escalation band) and how many
 * agencies make a quorum (QU1). Case-free, so every
 * signed-in device may read them; only an administrator changes them.
 */
export const councilSettingsSchema = z.strictObject({
  jargon: jargonByLocaleSchema,
  reports: reportPolicySchema,
  summaryWorkingDays: z.number().check(z.int(v('validation.workingDays.whole')), z.minimum(1, v('validation.workingDays.min')), z.maximum(20, v('validation.workingDays.max'))),
  // Settings saved before the scale was a setting read as the standard scale.
  scale: z._default(scaleDefinitionSchema, { ...DEFAULT_SCALE }),
  quorumAgencies: z._default(quorumAgenciesSchema, DEFAULT_QUORUM_AGENCIES),
  timescales: z._default(timescalesSchema, { ...DEFAULT_TIMESCALES }),
});
export type CouncilSettings = z.infer<typeof councilSettingsSchema>;

export const DEFAULT_SETTINGS: CouncilSettings = Object.freeze({
  jargon: { en: [...DEFAULT_JARGON], cy: [...DEFAULT_JARGON_CY] },
  ...DEFAULT_SETTINGS_EXCEPT_JARGON,
});

/** The deadline policy (WD1–WD6) these settings describe. */
export function policyOf(settings: Pick<CouncilSettings, 'summaryWorkingDays' | 'timescales'>): CouncilPolicy {
  return { summaryWorkingDays: settings.summaryWorkingDays, ...settings.timescales };
}

const everyLanguage = new WeakMap<CouncilSettings['jargon'], readonly JargonEntry[]>();

/**
 * JG1 — The words to flag in what is written: the lists of every language, since a family reads
 * jargon in either. One array per settings object, so findJargon's compiled pattern is reused.
 */
export function jargonToFlag(jargon: CouncilSettings['jargon']): readonly JargonEntry[] {
  let list = everyLanguage.get(jargon);
  if (!list) everyLanguage.set(jargon, (list = [...jargon.en, ...jargon.cy]));
  return list;
}

/** The languages whose plain-words lists a council edits, in the order the form shows them. */
export const JARGON_LOCALES: readonly Locale[] = ['en', 'cy'];
