import type { ScalingRound } from '../schema/project.ts';
import type { TrendRound } from '../schema/previous.ts';
import { median, toSaferScale, type ScorerGroup } from './scaling.ts';

/**
 * TR1–TR4 — "Where we were, where we are now": each person's and each role's score at every
 * earlier conference of the case beside today's. Pure; the chart (shared/export/trendChart.ts),
 * the screens and the record all read this.
 *
 * TR1 the numbers are exactly the revealed scores, never recomputed or rounded.
 * TR2 positions are on one higher-is-safer scale (`safer`), so a round asked the other way round
 *     (a council that changed direction) never shows a fall as a rise; the raw score stays the label.
 * TR3 a person is the same person across conferences when their name and role are the same
 *     (attendees are new records at each conference, with new links).
 * TR4 a role's score at a conference is the middle (median) of its people's scores then, on the
 *     round's own scale; like a person's, it is placed on the safer scale.
 */

export interface TrendColumn {
  /** '' for today's round. */
  conferenceId: string;
  startsAt: string;
  type: TrendRound['type'];
  question: string;
  anchor0: string;
  anchor10: string;
  direction: TrendRound['direction'];
  today: boolean;
}

export interface TrendLine {
  key: string;
  name: string;
  role: string;
  group: ScorerGroup;
  /** One per column: the score as revealed, or null when they did not score then. */
  scores: readonly (number | null)[];
  /** The same on the higher-is-safer scale (TR2), for positions and for saying "up" or "down". */
  safer: readonly (number | null)[];
}

export interface Trend {
  columns: readonly TrendColumn[];
  people: readonly TrendLine[];
  roles: readonly TrendLine[];
}

const personKey = (name: string, role: string) => `${name.trim().replace(/\s+/g, ' ').toLowerCase()}|${role}`;

/** TR1: today's round as a trend round: the one on screen when it is revealed, else the last revealed one. */
export function todaysRound(rounds: readonly ScalingRound[], currentRoundId: string | null, startsAt: string): TrendRound | null {
  const revealed = rounds.filter((r) => r.status === 'revealed');
  const round = revealed.find((r) => r.id === currentRoundId) ?? revealed.at(-1);
  return round ? roundForTrend(round, { conferenceId: '', startsAt, type: 'review' }) : null;
}

/** RV1: a conference's revealed round as the case's trend keeps it: who scored what, nothing more. */
export function roundForTrend(round: ScalingRound, conf: { conferenceId: string; startsAt: string; type: TrendRound['type'] }): TrendRound {
  return {
    ...conf,
    question: round.question,
    anchor0: round.anchor0,
    anchor10: round.anchor10,
    direction: round.direction,
    results: round.results.map((r) => ({ name: r.name, role: r.role, group: r.group, score: r.score })),
  };
}

/** TR1–TR4: the trend over the earlier rounds of the case and today's (when revealed). */
export function buildTrend(earlier: readonly TrendRound[], today: TrendRound | null): Trend {
  const rounds = [...earlier, ...(today ? [today] : [])];
  const columns: TrendColumn[] = rounds.map((r, i) => ({
    conferenceId: r.conferenceId, startsAt: r.startsAt, type: r.type, question: r.question,
    anchor0: r.anchor0, anchor10: r.anchor10, direction: r.direction, today: today !== null && i === rounds.length - 1,
  }));
  const people = new Map<string, { name: string; role: string; group: ScorerGroup; scores: (number | null)[] }>();
  rounds.forEach((r, i) => {
    for (const s of r.results) {
      const key = personKey(s.name, s.role);
      const line = people.get(key) ?? { name: s.name.trim(), role: s.role, group: s.group, scores: rounds.map(() => null) };
      line.scores[i] = s.score;
      people.set(key, line);
    }
  });
  const safer = (scores: readonly (number | null)[]) => scores.map((s, i) => (s === null ? null : toSaferScale(s, rounds[i]!.direction)));
  const personLines: TrendLine[] = [...people].map(([key, l]) => ({ key, ...l, safer: safer(l.scores) }));
  const roleNames = [...new Set(personLines.map((l) => l.role))];
  const roleLines: TrendLine[] = roleNames.map((role) => {
    const scores = rounds.map((r) => median(r.results.filter((s) => s.role === role).map((s) => s.score)));
    return { key: role, name: role, role, group: personLines.find((l) => l.role === role)!.group, scores, safer: safer(scores) };
  });
  const order = (a: TrendLine, b: TrendLine) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || a.name.localeCompare(b.name);
  return { columns, people: personLines.sort(order), roles: roleLines.sort(order) };
}

const GROUP_ORDER: readonly ScorerGroup[] = ['family', 'child', 'professional'];

/** TR2: which way a line has moved from its first score to its last, on the safer scale. */
export function movement(line: TrendLine): 'safer' | 'less_safe' | 'same' | null {
  const known = line.safer.filter((s): s is number => s !== null);
  if (known.length < 2) return null;
  const d = known.at(-1)! - known[0]!;
  return d > 0 ? 'safer' : d < 0 ? 'less_safe' : 'same';
}
