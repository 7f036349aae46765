import { z } from 'zod/mini';
import { v } from '../i18n/zodErrors.ts';
import { SCALE_DIRECTIONS, SCORER_GROUPS, type ScaleDirection, type ScorerGroup } from './scaleTerms.ts';

// The scale's terms and the standard scale live where every device reads them without this module (scaleTerms.ts, settingsDefaults.ts).
export { DEFAULT_SCALE } from '../schema/settingsDefaults.ts';
export { SCALE_DIRECTIONS, SCORER_GROUPS, type ScaleDirection, type ScorerGroup };

/**
 * Signs of Safety scaling: everyone present puts the situation on a 0–10 scale and says why.
 * These are the statistics the chair shows back to the room. All functions are pure.
 */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** SC1: the longest reason accepted, so one answer cannot swamp the record. */
export const SCORE_REASON_MAX = 2000;

/** SC1 — A score is a whole number from 0 to 10 with a reason of at most 2,000 characters. */
export const scoreSchema = z.object({
  score: z.number().check(z.int(v('validation.wholeNumber')), z.minimum(SCORE_MIN), z.maximum(SCORE_MAX)),
  reason: z.string().check(z.maxLength(SCORE_REASON_MAX, v('validation.reason.tooLong'))),
});
export type Score = z.infer<typeof scoreSchema>;

/** SC11 — The group a role's score is shown in: the child and their advocate together; other family roles; professionals. */
export function scorerGroup(role: string): ScorerGroup {
  if (role === 'child' || role === 'advocate') return 'child';
  return ['parent', 'supporter', 'interpreter', 'observer'].includes(role) ? 'family' : 'professional';
}

/** SC1: one participant's score in a round, with the group it counts towards. */
export const scoreEntrySchema = z.extend(scoreSchema, {
  participantId: z.string().check(z.minLength(1)),
  group: z.enum(SCORER_GROUPS),
});
export type ScoreEntry = z.infer<typeof scoreEntrySchema>;

/** SC2: summary of a set of scores; the statistics are null when there are no scores. */
export interface ScoreSummary {
  count: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** max − min, or null when there are no scores. */
  range: number | null;
}

function checkScores(scores: readonly number[]): void {
  for (const s of scores) {
    if (!Number.isInteger(s) || s < SCORE_MIN || s > SCORE_MAX) {
      throw new RangeError(`Scores must be whole numbers from 0 to 10, not ${s}`);
    }
  }
}

/**
 * SC2 — The median: the middle score, or for an even count the mean of the two middle scores
 * (so it may end in .5). Null for no scores. Throws RangeError for a score outside 0–10 or
 * not a whole number (validate with {@link scoreSchema} first). Does not change its input.
 */
export function median(scores: readonly number[]): number | null {
  checkScores(scores);
  if (scores.length === 0) return null;
  const sorted = [...scores].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** SC2: count, median, lowest, highest and range of the scores. Same errors as {@link median}. */
export function summarise(scores: readonly number[]): ScoreSummary {
  const m = median(scores);
  if (m === null) return { count: 0, median: null, min: null, max: null, range: null };
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  return { count: scores.length, median: m, min, max, range: max - min };
}

/** SC3: {@link summarise} for everyone, for the family, and for the professionals. */
export function summariseByGroup(entries: readonly { group: ScorerGroup; score: number }[]): {
  all: ScoreSummary;
  family: ScoreSummary;
  child: ScoreSummary;
  professional: ScoreSummary;
} {
  const of = (group: ScorerGroup) => entries.filter((e) => e.group === group).map((e) => e.score);
  return {
    all: summarise(entries.map((e) => e.score)),
    family: summarise(of('family')),
    child: summarise(of('child')),
    professional: summarise(of('professional')),
  };
}

/**
 * SC4 — True iff any single score is at or below the threshold: one person saying things are
 * that bad is enough for the chair to stop and explore it, whatever the median. Scores must be on
 * a higher-is-safer scale; convert others with {@link toSaferScale}. False for no scores.
 */
export function escalationTriggered(scores: readonly number[], escalateAtOrBelow: number): boolean {
  checkScores(scores);
  return scores.some((s) => s <= escalateAtOrBelow);
}

/** SC5: a score on a higher-is-safer scale (10 − score when the scale runs the other way). */
export function toSaferScale(score: number, direction: ScaleDirection): number {
  return direction === 'higher_is_safer' ? score : SCORE_MAX - score;
}

/** SC5 — The question asked and what each end of the scale means, in the family's words. */
export const scaleDefinitionSchema = z.object({
  question: z.string().check(z.trim(), z.minLength(1), z.maxLength(SCORE_REASON_MAX)),
  anchor0: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  anchor10: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  direction: z.enum(SCALE_DIRECTIONS),
  escalateAtOrBelow: z.optional(z.number().check(z.int(), z.minimum(SCORE_MIN), z.maximum(SCORE_MAX))),
});
export type ScaleDefinition = z.infer<typeof scaleDefinitionSchema>;

