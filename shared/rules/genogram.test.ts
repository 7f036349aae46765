import { describe, expect, it } from 'vitest';
import { validRelationships } from './genogram.ts';
import { checkRelationship } from './genogramReasons.ts';
import { english } from '../../test/support/english.ts';

const people = new Map(
  [['kerys', 'Kerys Brightwater'], ['rhys', 'Rhys Brightwater'], ['dean', 'Dean Holloway'], ['poppy', 'Poppy Brightwater'], ['glenys', 'Glenys Morgan']].map(
    ([id, name]) => [id!, { id: id!, name: name!, kind: 'person' as const }],
  ),
);
const parent = (id: string, a: string, b: string, type = 'birth') => ({ id, kind: 'parent' as const, a, b, type });

describe('GN genogram rules', () => {
  it('GN1 refuses a relationship to someone no longer on the tree', () => {
    expect(english(checkRelationship(people, [], { kind: 'partner', a: 'kerys', b: 'gone', type: 'married' }))).toEqual({
      ok: false, reasons: ['One of these people is no longer on the family tree. Choose again.'],
    });
  });

  it('GN2 refuses a person as their own parent', () => {
    expect(english(checkRelationship(people, [], { kind: 'parent', a: 'poppy', b: 'poppy', type: 'birth' }))).toEqual({ ok: false, reasons: ['Poppy cannot be their own parent.'] });
  });

  it('GN3 refuses a cycle of parenthood', () => {
    const existing = [parent('r1', 'glenys', 'kerys'), parent('r2', 'kerys', 'poppy')];
    expect(english(checkRelationship(people, existing, { kind: 'parent', a: 'poppy', b: 'glenys', type: 'birth' }))).toEqual({
      ok: false, reasons: ['Poppy cannot be Glenys’s parent: Glenys is already Poppy’s parent or grandparent.'],
    });
  });

  it('GN4 refuses a third birth parent but allows a step-parent', () => {
    const existing = [parent('r1', 'kerys', 'poppy'), parent('r2', 'rhys', 'poppy')];
    expect(english(checkRelationship(people, existing, { kind: 'parent', a: 'dean', b: 'poppy', type: 'birth' }))).toEqual({
      ok: false, reasons: ['Poppy already has two birth parents (Kerys and Rhys). Show Dean as a step, adoptive, foster or kinship carer instead.'],
    });
    expect(checkRelationship(people, existing, { kind: 'parent', a: 'dean', b: 'poppy', type: 'step' }).ok).toBe(true);
  });

  it('GN5 refuses a second line of the same kind between two people', () => {
    const existing = [{ id: 'r1', kind: 'partner' as const, a: 'kerys', b: 'dean', type: 'cohabiting' }];
    expect(checkRelationship(people, existing, { kind: 'partner', a: 'dean', b: 'kerys', type: 'married' }).ok).toBe(false);
    expect(checkRelationship(people, [], { kind: 'tie', a: 'dean', b: 'kerys', type: 'close' }).ok).toBe(true);
  });

  it('GN6 repairs a merged state the same way on every device: a third birth parent made at once by two editors is dropped', () => {
    const merged = [parent('b', 'rhys', 'poppy'), parent('a', 'kerys', 'poppy'), parent('c', 'dean', 'poppy'), parent('d', 'poppy', 'kerys')];
    expect(validRelationships(people, merged).map((r) => r.id)).toEqual(['a', 'b']);
    expect(validRelationships(people, [...merged].reverse()).map((r) => r.id)).toEqual(['a', 'b']);
  });
});
