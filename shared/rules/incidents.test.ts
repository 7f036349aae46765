import { describe, expect, it } from 'vitest';
import type { Item } from '../schema/item.ts';
import { incidentTimeline } from './incidents.ts';
import { translateAll } from '../i18n/translate.ts';

const warningsIn = (locale: 'en' | 'cy', items: Item[]) => translateAll(locale, incidentTimeline(items).warnings);

const item = (id: string, kind: 'first' | 'worst' | 'last' | null, date: string | null, section = 'incidents'): Item =>
  ({ id, section, text: id, source: { name: '', agency: '' }, details: { incidentKind: kind, date }, addedAt: '', addedBy: '', order: id, restricted: false }) as Item;

describe('IN1 what has got us here, as a dated timeline', () => {
  it('orders incidents by date, undated last, and says nothing when all three are there in order', () => {
    const t = incidentTimeline([item('w', 'worst', '2025-06-14'), item('l', 'last', '2025-11-02'), item('f', 'first', '2024-09-01'), item('x', null, null), item('p', null, null, 'past_harm')]);
    expect(t.entries.map((e) => e.item.id)).toEqual(['f', 'w', 'l', 'x']);
    expect(t.warnings).toEqual([]);
  });

  it('warns when one of the three is missing or has no date, and when first comes after last', () => {
    expect(warningsIn('en', [item('f', 'first', '2024-09-01')])).toEqual(['Not recorded yet: the worst time and the last time.']);
    expect(warningsIn('en', [item('f', 'first', '2024-09-01'), item('w', 'worst', null), item('l', 'last', '2025-01-01')])).toEqual(['No date yet for the worst time.']);
    expect(warningsIn('en', [item('f', 'first', '2025-09-01'), item('w', 'worst', '2025-03-01'), item('l', 'last', '2025-01-01')])).toEqual([
      'The first time is dated after the last time. Check the dates.',
    ]);
    expect(warningsIn('en', [])).toEqual(['Not recorded yet: the first time, the worst time and the last time.']);
  });

  it('words the list of missing times whole in Welsh too', () => {
    expect(warningsIn('cy', [item('f', 'first', '2024-09-01')])).toEqual(["Heb ei nodi eto: y tro gwaethaf a'r tro diwethaf."]);
    expect(warningsIn('cy', [])).toEqual(["Heb ei nodi eto: y tro cyntaf, y tro gwaethaf a'r tro diwethaf."]);
  });
});
