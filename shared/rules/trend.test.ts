import { describe, expect, it } from 'vitest';
import { buildTrend, movement, todaysRound } from './trend.ts';
import type { TrendRound } from '../schema/previous.ts';
import type { ScalingRound } from '../schema/project.ts';
import { trendChartSvg, trendSentences } from '../export/trendChart.ts';
import { recordMessages } from '../export/messages.ts';

const en = recordMessages('en');

const round = (conferenceId: string, startsAt: string, direction: TrendRound['direction'], results: [string, string, number][]): TrendRound => ({
  conferenceId, startsAt, type: conferenceId === 'c1' ? 'initial' : 'review', question: 'How safe?', anchor0: 'a', anchor10: 'b', direction,
  results: results.map(([name, role, score]) => ({ name, role, group: role === 'parent' ? 'family' : 'professional', score })),
});

const initial = round('c1', '2024-12-16T10:00', 'higher_is_safer', [['Kerys Brightwater', 'parent', 5], ['Dean Holloway', 'parent', 6], ['Sam Pryce', 'social_worker', 3], ['PC Owain Rees', 'police', 2]]);
// The council changed direction before the review: 10 is now the least safe.
const review = round('c2', '2025-03-10T10:00', 'higher_is_riskier', [['Kerys Brightwater', 'parent', 3], ['Sam Pryce', 'social_worker', 6], ['Lowri Evans', 'health', 4]]);

describe('TR1–TR4 the trend of a case', () => {
  const today = round('', '2025-09-01T10:00', 'higher_is_safer', [['kerys  brightwater', 'parent', 8], ['Sam Pryce', 'social_worker', 6]]);
  const t = buildTrend([initial, review], { ...today, type: 'review' });

  it('TR1 each person’s numbers are exactly the scores they gave, in conference order, today last', () => {
    expect(t.columns.map((c) => [c.conferenceId, c.today])).toEqual([['c1', false], ['c2', false], ['', true]]);
    const line = (name: string) => t.people.find((l) => l.name === name)!;
    expect(line('Kerys Brightwater').scores).toEqual([5, 3, 8]);
    expect(line('Sam Pryce').scores).toEqual([3, 6, 6]);
    expect(line('Dean Holloway').scores).toEqual([6, null, null]);
    expect(line('Lowri Evans').scores).toEqual([null, 4, null]);
    expect(line('PC Owain Rees').scores).toEqual([2, null, null]);
  });

  it('TR2 a round asked the other way round is placed on the safer scale, so a fall is never drawn as a rise', () => {
    // Sam's 6 on the reversed scale is a 4 on the safer one: things looked a little better (3 → 4), then better again (6).
    expect(t.people.find((l) => l.name === 'Sam Pryce')!.safer).toEqual([3, 4, 6]);
    // Kerys's 3 when 10 meant least safe is a 7: up from 5, then up again to 8.
    expect(t.people.find((l) => l.name === 'Kerys Brightwater')!.safer).toEqual([5, 7, 8]);
    expect(movement(t.people.find((l) => l.name === 'Kerys Brightwater')!)).toBe('safer');
    const worse = buildTrend([initial], round('', '2025-03-10T10:00', 'higher_is_riskier', [['Kerys Brightwater', 'parent', 8]]));
    // 8 is higher than 5, but on a scale where 10 is least safe it is a fall.
    const kerys = worse.people.find((l) => l.name === 'Kerys Brightwater')!;
    expect(kerys.scores).toEqual([5, 8]);
    expect(kerys.safer).toEqual([5, 2]);
    expect(movement(kerys)).toBe('less_safe');
  });

  it('TR3 the same person is recognised across conferences by name (spacing and case aside) and role', () => {
    expect(t.people.filter((l) => l.role === 'parent').map((l) => l.name)).toEqual(['Dean Holloway', 'Kerys Brightwater']);
  });

  it('TR4 a role’s number is the middle of its scores then; family roles first', () => {
    const parent = t.roles.find((r) => r.role === 'parent')!;
    expect(parent.scores).toEqual([5.5, 3, 8]);
    expect(parent.safer).toEqual([5.5, 7, 8]);
    expect(t.roles.map((r) => r.role)).toEqual(['parent', 'health', 'police', 'social_worker']);
  });

  it('TR1 today’s round is the revealed one on screen, else the last revealed; none before a reveal', () => {
    const r = (id: string, status: ScalingRound['status'], openedAt: string): ScalingRound => ({
      id, question: id, anchor0: '', anchor10: '', direction: 'higher_is_safer', escalateAtOrBelow: null, status, openedAt, scored: [],
      results: status === 'revealed' ? [{ attendeeId: 'a', name: 'A', role: 'parent', group: 'family', score: 4, reason: 'r', onBehalf: false }] : [],
    });
    expect(todaysRound([r('x', 'revealed', '1'), r('y', 'revealed', '2')], 'x', '2025-09-01T10:00')?.question).toBe('x');
    expect(todaysRound([r('x', 'revealed', '1'), r('y', 'open', '2')], 'y', '2025-09-01T10:00')?.question).toBe('x');
    expect(todaysRound([r('y', 'open', '2')], 'y', '2025-09-01T10:00')).toBeNull();
  });

  it('TR5 the chart prints every score as given, marks a reversed round, and says the same in words', () => {
    const { svg } = trendChartSvg(t, en.trendLabels, 'person');
    const numbers = [...svg.matchAll(/fill="#ffffff" text-anchor="middle"[^>]*>(\d+)</g)].map((m) => Number(m[1]));
    expect(numbers.sort((a, b) => a - b)).toEqual([5, 3, 8, 6, 3, 6, 6, 4, 2].sort((a, b) => a - b));
    expect(svg).toContain('asked with 10 as least safe');
    expect(svg).toContain('16 Dec 2024');
    expect(svg).toContain('Today');
    expect(trendSentences(t, en.trendLabels, 'person')).toContain('Kerys Brightwater (Parent or carer): 5 (16 Dec 2024, Initial); 3 (10 Mar 2025, Review); 8 (1 Sep 2025, Today).');
  });
});
