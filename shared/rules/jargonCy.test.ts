import { describe, expect, it } from 'vitest';
import { findJargon, jargonListSchema } from './jargon.ts';
import { DEFAULT_JARGON_CY } from './jargonCy.ts';

describe('JG1 in Welsh: the built-in plain-words list', () => {
  it('is a valid council list whose plainer words are free of its own terms', () => {
    expect(jargonListSchema.safeParse(DEFAULT_JARGON_CY).success).toBe(true);
    for (const entry of DEFAULT_JARGON_CY) {
      // "esgeulustod" is kept but explained, so its explanation starts with the word itself.
      const plain = entry.plain.replace(/^[^:]+: /, '');
      expect(findJargon(plain, DEFAULT_JARGON_CY), entry.term).toEqual([]);
    }
  });

  it('finds Welsh terms whole, with their mutations left to the council to list', () => {
    const text = 'Bydd y grŵp craidd yn cwrdd; mae’r awdurdod lleol yn poeni am esgeulustod.';
    expect(findJargon(text, DEFAULT_JARGON_CY).map((m) => text.slice(m.start, m.end))).toEqual(['grŵp craidd', 'awdurdod lleol', 'esgeulustod']);
  });
});
