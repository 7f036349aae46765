import { describe, expect, it } from 'vitest';
import { isWellFormedText, malformedTextPath } from './unicode.ts';

describe('TX1 — text is valid Unicode', () => {
  it('accepts ordinary text, accents, Welsh and emoji (surrogate pairs)', () => {
    for (const s of ['', 'Poppy', 'Siân ŵyr', 'Ellis 👍🏽', '\u{1F600}x']) expect(isWellFormedText(s)).toBe(true);
  });

  it('refuses a lone high or low surrogate anywhere', () => {
    for (const s of ['\uD800', 'a\uD83Db', '\uDC00', 'x\uDE00', '\uD83D\uD83D\uDE00'.slice(0, 2)]) expect(isWellFormedText(s)).toBe(false);
  });

  it('finds the first malformed string or key in a JSON body by path', () => {
    expect(malformedTextPath({ a: 'ok', b: [1, 'fine'] })).toBeNull();
    expect(malformedTextPath({ action: { what: 'ok', links: ['x', 'bad\uD800'] } })).toBe('action.links.1');
    expect(malformedTextPath({ ['k\uDC00']: 1 })).toBe('_');
    expect(malformedTextPath('\uD800')).toBe('_');
  });
});
