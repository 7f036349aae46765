import { describe, expect, it } from 'vitest';
import { DEFAULT_JARGON, findJargon, isAcronymTerm, jargonInInterfaceText, jargonListSchema } from './jargon.ts';
import type { JargonEntry } from './jargon.ts';

/** What was written, and which term it matched. */
const hits = (text: string, list: readonly JargonEntry[] = DEFAULT_JARGON) =>
  findJargon(text, list).map((m) => [text.slice(m.start, m.end), m.term]);

describe('JG1 default list', () => {
  it('JG1: has about 60 or more entries and passes the council list schema', () => {
    expect(DEFAULT_JARGON.length).toBeGreaterThanOrEqual(60);
    expect(jargonListSchema.safeParse(DEFAULT_JARGON).success).toBe(true);
  });

  it('JG1: covers the core child protection abbreviations', () => {
    const terms = new Set(DEFAULT_JARGON.map((x) => x.term));
    for (const t of ['ICPC', 'RCPC', 'CP plan', 'CIN', 'LAC', 'LA', 'IRO', 'DSL', 'HV', 'PPU', 'EDT', 'IDVA', 'MARAC', 'MASH', 'S47', 'section 47', 'core group', 'safeguarding', 'DV', 'DA', 'contingency']) {
      expect(terms, t).toContain(t);
    }
    expect(DEFAULT_JARGON.find((x) => x.term === 'ICPC')?.plain).toBe('first child protection meeting');
  });

  it('JG1: plain suggestions contain no other jargon (an entry may keep and explain its own word)', () => {
    for (const entry of DEFAULT_JARGON) {
      const others = findJargon(entry.plain).filter((m) => m.term !== entry.term);
      expect(others, `${entry.term} -> ${entry.plain}`).toEqual([]);
    }
  });

  it('JG1: the schema rejects blanks, bad edges and duplicates', () => {
    expect(jargonListSchema.safeParse([{ term: ' ', plain: 'x' }]).success).toBe(false);
    expect(jargonListSchema.safeParse([{ term: '-LA', plain: 'x' }]).success).toBe(false);
    expect(jargonListSchema.safeParse([{ term: 'LA', plain: '' }]).success).toBe(false);
    expect(jargonListSchema.safeParse([{ term: 'Core group', plain: 'a' }, { term: 'core  group', plain: 'b' }]).success).toBe(false);
    expect(jargonListSchema.safeParse([{ term: 'LA', plain: 'a' }, { term: 'La', plain: 'b' }]).success).toBe(true);
  });
});

describe('JG1 matching', () => {
  it('JG1: acronyms of 2-5 capitals match only in capitals', () => {
    expect(isAcronymTerm('LA')).toBe(true);
    expect(isAcronymTerm('MARAC')).toBe(true);
    expect(isAcronymTerm('S47')).toBe(false);
    expect(isAcronymTerm('CP plan')).toBe(false);
    expect(hits('The LA will help.')).toEqual([['LA', 'LA']]);
    expect(hits('la casa, tra la la; the hv figure')).toEqual([]);
    expect(hits('Marac and MARAC')).toEqual([['MARAC', 'MARAC']]);
  });

  it('JG1: words match in any case, including shouting', () => {
    expect(hits('Safeguarding and SAFEGUARDING and safeguarding')).toHaveLength(3);
    expect(hits('s47 and S47')).toEqual([['s47', 'S47'], ['S47', 'S47']]);
    expect(hits('cp Plan')).toEqual([['cp Plan', 'CP plan']]);
  });

  it('JG1: whole words only — no matches inside words or numbers', () => {
    expect(hits('plaice, PLAICE, LAMP, Lagos, thresholding, HVAC, GPS')).toEqual([]);
    expect(hits('section 470 and S470')).toEqual([]);
    expect(hits('SW1A 2AA')).toEqual([]);
  });

  it('JG1: plurals, possessives and punctuation', () => {
    expect(hits('Two ICPCs, the ICPC’s date, the LA\'s view.')).toEqual([
      ['ICPCs', 'ICPC'], ['ICPC’s', 'ICPC'], ["LA's", 'LA'],
    ]);
    expect(hits('(ICPC), "DSL"; pre-ICPC; thresholds.')).toEqual([
      ['ICPC', 'ICPC'], ['DSL', 'DSL'], ['ICPC', 'ICPC'], ['thresholds', 'threshold'],
    ]);
    expect(hits('Section 47, section-47, section\n47 and s.47')).toEqual([
      ['Section 47', 'section 47'], ['section-47', 'section 47'], ['section\n47', 'section 47'], ['s.47', 's.47'],
    ]);
    expect(hits('non engagement and risk factors')).toEqual([['non engagement', 'non-engagement'], ['risk factors', 'risk factor']]);
  });

  it('JG1: overlaps resolve to the longest match', () => {
    expect(hits('the initial child protection conference')).toEqual([['initial child protection conference', 'initial child protection conference']]);
    expect(hits('the contingency plan')).toEqual([['contingency plan', 'contingency plan']]);
    const list = [{ term: 'core group', plain: 'a' }, { term: 'group meeting notes', plain: 'b' }];
    expect(hits('core group meeting notes', list)).toEqual([['group meeting notes', 'group meeting notes']]);
    expect(hits('core group meeting', list)).toEqual([['core group', 'core group']]);
  });

  it('JG1: returns offsets with the entry suggestion, in text order', () => {
    const text = 'HV and LA';
    expect(findJargon(text)).toEqual([
      { term: 'HV', plain: 'health visitor', start: 0, end: 2 },
      { term: 'LA', plain: 'the council', start: 7, end: 9 },
    ]);
    expect(findJargon('')).toEqual([]);
    expect(findJargon('LA', [])).toEqual([]);
  });

  it('JG1: custom lists with regex characters are matched literally', () => {
    expect(jargonListSchema.safeParse([{ term: 'C++', plain: 'x' }]).success).toBe(false); // must end in a letter or number
    expect(hits('C++ and C', [{ term: 'C++', plain: 'x' }])).toEqual([]); // unvalidated bad entries are skipped, not thrown
    expect(hits('a.b and axb', [{ term: 'a.b', plain: 'y' }])).toEqual([['a.b', 'a.b']]);
    expect(hits('(x)|y and x', [{ term: 'x)|(y', plain: 'z' }])).toEqual([]);
  });

  it('JG1: runs fast on a long note (list compiled once, cached)', () => {
    const para = 'The LA held an ICPC after the strategy discussion; the family said the plaice was good and the core group met. ';
    const text = para.repeat(2000); // about 40,000 words
    findJargon('warm up');
    const t0 = performance.now();
    const found = findJargon(text);
    const ms = performance.now() - t0;
    expect(found).toHaveLength(4 * 2000);
    expect(ms).toBeLessThan(1000);
  });
});

describe('JG1 interface text', () => {
  it('JG1: reports jargon by key for records and arrays', () => {
    expect(jargonInInterfaceText({ ok: 'Welcome', bad: 'Send to the IRO' })).toEqual([
      { key: 'bad', term: 'IRO', plain: 'independent person who runs these meetings and checks the plan', start: 12, end: 15 },
    ]);
    expect(jargonInInterfaceText(['fine', 'safeguarding']).map((x) => x.key)).toEqual(['1']);
  });
});
