import { describe, expect, it } from 'vitest';
import { bandWords, directionWords, inEscalationBand, questionForDirection, scaleForReader, standardScale } from './scaleWords.ts';
import { DEFAULT_SCALE } from './scaling.ts';
import { translate } from '../i18n/translate.ts';

describe('SC10 wording follows the direction of the scale', () => {
  it('SC5 the council default is the English standard wording, so the two cannot drift apart', () => {
    expect(standardScale('higher_is_safer', 'en')).toEqual(DEFAULT_SCALE);
  });

  it('SC10 never says 10 is safe on a scale where 10 is the most worried end', () => {
    const reversed = standardScale('higher_is_riskier');
    expect(reversed.question).toMatch(/where 10 means things are so bad/);
    expect(reversed.question).not.toMatch(/10 means everyone knows/);
    expect(reversed.anchor10).toBe(DEFAULT_SCALE.anchor0);
    expect(reversed.anchor0).toBe(DEFAULT_SCALE.anchor10);
    const cy = standardScale('higher_is_riskier', 'cy');
    expect(cy.question).toMatch(/lle mae 10 yn golygu bod pethau mor ddrwg/);
    expect(cy.anchor10).toBe(standardScale('higher_is_safer', 'cy').anchor0);
    const en = (m: Parameters<typeof translate>[1]) => translate('en', m);
    expect(en(directionWords('higher_is_riskier'))).toBe('10 is the most worried end');
    expect(translate('cy', directionWords('higher_is_riskier'))).toBe("10 yw'r pen mwyaf pryderus");
  });

  it('SC10 swaps the standard question with the direction, in its own language, and keeps a question the chair wrote', () => {
    expect(questionForDirection(DEFAULT_SCALE.question, 'higher_is_safer', 'higher_is_riskier')).toBe(standardScale('higher_is_riskier').question);
    expect(questionForDirection(standardScale('higher_is_safer', 'cy').question, 'higher_is_safer', 'higher_is_riskier')).toBe(standardScale('higher_is_riskier', 'cy').question);
    expect(questionForDirection('How worried are you?', 'higher_is_safer', 'higher_is_riskier')).toBe('How worried are you?');
  });

  it('SC10 the standard wording reads in the reader\'s language, whichever language it was asked in; words the chair wrote are kept', () => {
    expect(scaleForReader({ ...DEFAULT_SCALE, escalateAtOrBelow: 2 }, 'cy')).toEqual({ ...standardScale('higher_is_safer', 'cy'), escalateAtOrBelow: 2 });
    const askedInWelsh = { ...standardScale('higher_is_riskier', 'cy'), id: 'r1' };
    expect(scaleForReader(askedInWelsh, 'en')).toEqual({ ...standardScale('higher_is_riskier', 'en'), id: 'r1' });
    const own = { ...DEFAULT_SCALE, question: 'Pa mor ddiogel?' };
    expect(scaleForReader(own, 'cy')).toBe(own);
    expect(scaleForReader(own, 'en')).toBe(own);
  });

  it('SC4/SC10 the band reads and marks scores as the scale runs', () => {
    const reversed = { direction: 'higher_is_riskier' as const, escalateAtOrBelow: 2 };
    expect(translate('en', bandWords(reversed)!)).toBe('Scores of 8 or above');
    expect(translate('cy', bandWords(reversed)!)).toBe("Sgoriau o 8 neu'n uwch");
    expect(inEscalationBand(8, reversed)).toBe(true);
    expect(inEscalationBand(9, reversed)).toBe(true);
    expect(inEscalationBand(7, reversed)).toBe(false);
    expect(inEscalationBand(2, reversed)).toBe(false);
    const usual = { direction: 'higher_is_safer' as const, escalateAtOrBelow: 2 };
    expect(translate('en', bandWords(usual)!)).toBe('Scores of 2 or below');
    expect(bandWords({ direction: 'higher_is_safer', escalateAtOrBelow: null })).toBeNull();
    expect(inEscalationBand(2, usual)).toBe(true);
    expect(inEscalationBand(3, usual)).toBe(false);
    expect(inEscalationBand(0, { direction: 'higher_is_safer', escalateAtOrBelow: null })).toBe(false);
  });
});
