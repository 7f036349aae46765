import { describe, expect, it } from 'vitest';
import { DEFAULT_JARGON, findJargon, findJargonExcept } from './jargon.ts';
import { JURISDICTIONS } from './jurisdiction.ts';
import { decisionRequiredTerms } from './requiredTerms.ts';

const REASONS = 'Poppy is likely to suffer significant harm through neglect; a child in need plan was not enough. The core group meets in ten days. Mum disclosed the CP plan worried her.';

describe('JG2 required terms are never flagged where they are required', () => {
  it('JG2 leaves statutory category and outcome words alone in the decision’s reasons', () => {
    const flagged = findJargonExcept(REASONS, DEFAULT_JARGON, decisionRequiredTerms('england')).map((m) => REASONS.slice(m.start, m.end));
    expect(flagged).not.toContain('neglect');
    expect(flagged).not.toContain('significant harm');
    expect(flagged).not.toContain('child in need');
    expect(flagged).not.toContain('core group');
    // Other jargon is still flagged there.
    expect(flagged).toEqual(expect.arrayContaining(['disclosed', 'CP plan']));
  });

  it('JG2 still flags the same words where they are not required (a board item)', () => {
    expect(findJargon(REASONS, DEFAULT_JARGON).map((m) => REASONS.slice(m.start, m.end))).toEqual(expect.arrayContaining(['neglect', 'significant harm', 'core group']));
  });

  it('JG2 gives the statutory words in Welsh too, so reasons written in Welsh can use them', () => {
    const terms = decisionRequiredTerms('wales');
    for (const word of ['Esgeulustod', 'Cam-drin ariannol', 'grŵp craidd', 'Neglect', 'core group']) expect(terms).toContain(word);
    expect(terms.some((t) => t.includes("ar y gofrestr amddiffyn plant"))).toBe(true);
  });

  it('JG2 allows every jurisdiction’s own category words', () => {
    for (const j of JURISDICTIONS) expect(findJargonExcept('Neglect was the main worry.', DEFAULT_JARGON, decisionRequiredTerms(j))).toEqual([]);
  });
});
