import { useMemo } from 'react';
import { canScore, expectedToTakePart } from '../../../shared/rules/permissions.ts';
import { SCORE_MAX, SCORE_MIN, summariseByGroup } from '../../../shared/rules/scaling.ts';
import { inEscalationBand } from '../../../shared/rules/scaleWords.ts';
import type { ScalingRound, ScoreResult } from '../../../shared/schema/project.ts';
import { ROLE_LABELS, type Role } from '../../../shared/schema/roles.ts';
import { useConference } from '../../model/hooks.ts';

export const SCORES: readonly number[] = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

export const roleLabel = (role: string): string => ROLE_LABELS[role as Role] ?? role;

/** The round on screen now, or null before the first question. */
export function useCurrentRound(): ScalingRound | null {
  return useConference((m) => (m.currentRoundId ? (m.rounds.find((r) => r.id === m.currentRoundId) ?? null) : null));
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

export const peopleCount = (n: number): string => (n === 1 ? '1 person' : `${n} people`);
export const haveScored = (n: number, of: number): string => `${n} of ${of} ${of === 1 ? 'person has' : 'people have'} scored`;

/** "middle score 3.5, scores from 2 to 5", or "no scores". */
export function summaryWords(s: { count: number; median: number | null; min: number | null; max: number | null }): string {
  if (s.count === 0 || s.median === null) return 'no scores';
  const spread = s.min === s.max ? `everyone gave ${s.min}` : `scores from ${s.min} to ${s.max}`;
  return `middle score ${s.median}, ${spread}`;
}

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
