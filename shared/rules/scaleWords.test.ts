import { describe, expect, it } from 'vitest';
import { bandWords, directionWords, inEscalationBand, questionForDirection, scalingExplanation, standardScale } from './scaleWords.ts';
import { DEFAULT_SCALE } from './scaling.ts';

describe('SC10 wording follows the direction of the scale', () => {
  it('SC10 never says 10 is safe on a scale where 10 is the most worried end', () => {
    const reversed = standardScale('higher_is_riskier');
    expect(reversed.question).toMatch(/where 10 means things are so bad/);
    expect(reversed.question).not.toMatch(/10 means everyone knows/);
    expect(reversed.anchor10).toBe(DEFAULT_SCALE.anchor0);
    expect(reversed.anchor0).toBe(DEFAULT_SCALE.anchor10);
    expect(scalingExplanation('higher_is_riskier')).toMatch(/how worried/);
    expect(scalingExplanation('higher_is_riskier')).not.toMatch(/how safe/);
    expect(scalingExplanation('higher_is_safer')).toMatch(/how safe/);
    expect(directionWords('higher_is_riskier')).toBe('10 is the most worried end');
  });

  it('SC10 keeps the explanation short enough for the projector', () => {
    for (const d of ['higher_is_safer', 'higher_is_riskier'] as const) expect(scalingExplanation(d).split(/\s+/).length).toBeLessThanOrEqual(25);
  });

  it('SC10 swaps the standard question with the direction and keeps a question the chair wrote', () => {
    expect(questionForDirection(DEFAULT_SCALE.question, 'higher_is_safer', 'higher_is_riskier')).toBe(standardScale('higher_is_riskier').question);
    expect(questionForDirection('How worried are you?', 'higher_is_safer', 'higher_is_riskier')).toBe('How worried are you?');
  });

  it('SC4/SC10 the band reads and marks scores as the scale runs', () => {
    const reversed = { direction: 'higher_is_riskier' as const, escalateAtOrBelow: 2 };
    expect(bandWords(reversed)).toBe('Scores of 8 or above');
    expect(inEscalationBand(8, reversed)).toBe(true);
    expect(inEscalationBand(9, reversed)).toBe(true);
    expect(inEscalationBand(7, reversed)).toBe(false);
    expect(inEscalationBand(2, reversed)).toBe(false);
    const usual = { direction: 'higher_is_safer' as const, escalateAtOrBelow: 2 };
    expect(bandWords(usual)).toBe('Scores of 2 or below');
    expect(inEscalationBand(2, usual)).toBe(true);
    expect(inEscalationBand(3, usual)).toBe(false);
    expect(inEscalationBand(0, { direction: 'higher_is_safer', escalateAtOrBelow: null })).toBe(false);
  });
});
