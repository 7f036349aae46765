import { useCallback, useMemo } from 'react';
import { canScore, expectedToTakePart } from '../../../shared/rules/permissions.ts';
import { SCORE_MAX, SCORE_MIN, summariseByGroup } from '../../../shared/rules/scaling.ts';
import { inEscalationBand, scaleForReader } from '../../../shared/rules/scaleWords.ts';
import type { ScalingRound, ScoreResult } from '../../../shared/schema/project.ts';
import { ROLE_LABELS } from '../../../shared/schema/roles.ts';
import { useConference } from '../../model/hooks.ts';
import { msg, type MessageId, type Msg } from '../../../shared/i18n/messages.ts';
import { useCurrentLocale, useT } from '../../i18n/useT.tsx';

export const SCORES: readonly number[] = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** A role's name in the person's language ("Social worker" / "Gweithiwr cymdeithasol"); an unknown role as written. */
export function useRoleLabel(): (role: string) => string {
  const t = useT();
  return useCallback((role: string) => (role in ROLE_LABELS ? t(`role.${role}` as MessageId) : role), [t]);
}

/** The round on screen now, or null before the first question; a standard question in the reader's language (SC10). */
export function useCurrentRound(): ScalingRound | null {
  const round = useConference((m) => (m.currentRoundId ? (m.rounds.find((r) => r.id === m.currentRoundId) ?? null) : null));
  const locale = useCurrentLocale();
  return useMemo(() => (round ? scaleForReader(round, locale) : null), [round, locale]);
}

/** Published scores the statistics can use (a damaged entry is left out rather than breaking the screen). */
export function validResults(round: ScalingRound): ScoreResult[] {
  return round.results.filter((r) => Number.isInteger(r.score) && r.score >= SCORE_MIN && r.score <= SCORE_MAX);
}

/** SC2/SC3 for a revealed round, by group. */
export function roundSummary(round: ScalingRound) {
  return summariseByGroup(validResults(round));
}

export interface Scorer {
  id: string;
  name: string;
  role: string;
  attendance: string;
  scored: boolean;
}

/**
 * Who is expected to score (PM9): attendees present whose role scores, plus anyone who has scored
 * anyway (for example from a written report). `recordable` adds those who sent only a report or
 * apologies, so the chair can record a score for them. Names, never numbers.
 */
export function useScorers(round: ScalingRound | null): { scorers: Scorer[]; scoredCount: number; recordable: Scorer[] } {
  const attendees = useConference((m) => m.attendees);
  return useMemo(() => {
    const scored = new Set(round?.scored ?? []);
    const toScorer = (a: (typeof attendees)[number]): Scorer => ({ id: a.id, name: a.name, role: a.role as string, attendance: a.attendance as string, scored: scored.has(a.id) });
    const scorers = expectedToTakePart(attendees, canScore, scored).map(toScorer);
    const recordable = attendees.filter((a) => canScore(a.role)).map(toScorer);
    return { scorers, scoredCount: scorers.filter((s) => s.scored).length, recordable };
  }, [attendees, round?.scored]);
}

/** SC4: whether any revealed score falls in the band the chair set. */
export function bandReached(round: ScalingRound): boolean {
  return validResults(round).some((r) => inEscalationBand(r.score, round));
}

/** "3 of 5 people have scored": names are on screen, never numbers, until the reveal. */
export const haveScored = (scored: number, total: number): Msg => msg('scaling.haveScored', { scored, total });

/** "Middle score 3.5, scores from 2 to 5", or "No scores". */
export function summaryWords(s: { count: number; median: number | null; min: number | null; max: number | null }): Msg {
  if (s.count === 0 || s.median === null || s.min === null || s.max === null) return msg('scaling.summary.none');
  return s.min === s.max ? msg('scaling.summary.same', { median: s.median, score: s.min }) : msg('scaling.summary.spread', { median: s.median, min: s.min, max: s.max });
}
