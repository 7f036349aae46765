import { describe, expect, it } from 'vitest';
import { jargonToText, textToJargon } from './jargonText.ts';

describe('plain-words list editing', () => {
  it('round-trips the list and names the lines it cannot read', () => {
    const list = [{ term: 'ICPC', plain: 'first child protection meeting' }, { term: 'core group', plain: 'the people who make the plan work' }];
    expect(textToJargon(jargonToText(list))).toEqual({ list, badLines: [] });
    expect(textToJargon('LA = the council\n\nno equals sign\n = missing term').badLines).toEqual([3, 4]);
  });
});
