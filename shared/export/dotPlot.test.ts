import { describe, expect, it } from 'vitest';
import type { ScalingRound } from '../schema/project.ts';
import { dotPlotSvg } from './dotPlot.ts';

const round: ScalingRound = {
  id: 'r1', question: 'How safe?', anchor0: 'Not safe', anchor10: 'Safe', direction: 'higher_is_safer',
  escalateAtOrBelow: null, status: 'revealed', openedAt: '2025-03-14T10:00:00Z', scored: ['a', 'b', 'c'],
  results: [
    { attendeeId: 'a', name: 'Ann', role: 'parent', group: 'family', score: 4, reason: '', onBehalf: false },
    { attendeeId: 'b', name: 'Bob', role: 'social_worker', group: 'professional', score: 3, reason: '', onBehalf: false },
    { attendeeId: 'c', name: 'Cai', role: 'police', group: 'professional', score: 6, reason: '', onBehalf: false },
  ],
};

describe('EX5 dot plot', () => {
  it('labels the rows, roles, middles and ends in the language asked for', () => {
    const en = dotPlotSvg(round, 'en').svg;
    for (const word of ['Family', 'Professionals', 'Parent or carer', 'Social worker', 'middle 4.5', '0: Not safe', '10: Safe']) expect(en).toContain(word);
    const cy = dotPlotSvg(round, 'cy').svg;
    for (const word of ['Teulu', 'Gweithwyr proffesiynol', 'Rhiant neu ofalwr', 'Gweithiwr cymdeithasol', 'canol 4.5']) expect(cy).toContain(word);
    expect(cy).not.toContain('Family');
  });
});
