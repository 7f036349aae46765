import { describe, expect, it } from 'vitest';
import { layoutGenogram, GENOGRAM_NODE_HEIGHT, type LayoutPerson, type LayoutRelationship, type PlacedPerson } from './layout.ts';
import { syntheticFamily } from './families.ts';
import { ROW } from './metrics.ts';

const person = (id: string, born = '', extra: Partial<LayoutPerson> = {}): LayoutPerson => ({ id, born, household: '', pos: null, width: 150, ...extra });
const rel = (kind: string, a: string, b: string): LayoutRelationship => ({ kind, a, b });

function overlapping(ps: PlacedPerson[]): [string, string] | null {
  for (let i = 0; i < ps.length; i++) {
    for (let j = i + 1; j < ps.length; j++) {
      const a = ps[i]!;
      const b = ps[j]!;
      if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < GENOGRAM_NODE_HEIGHT) return [a.id, b.id];
    }
  }
  return null;
}

/** The sample fixture's family (shared/fixtures/sample-conference.yaml). */
const FIXTURE = {
  people: [
    person('p1', '1963', { household: '' }), person('p2', '1966', { household: 'h3' }), person('p3', '1962'), person('p4', '1964'),
    person('p5', '1995', { household: 'h1' }), person('p6', '1993', { household: 'h2' }), person('p7', '1991', { household: 'h1' }),
    person('p8', '1998'), person('p9', '1994', { household: 'h2' }), person('c1', '2016', { household: 'h1' }), person('c2', '2022', { household: 'h1' }),
  ],
  relationships: [
    rel('partner', 'p1', 'p2'), rel('partner', 'p3', 'p4'), rel('partner', 'p5', 'p6'), rel('partner', 'p5', 'p7'), rel('partner', 'p6', 'p9'),
    rel('parent', 'p1', 'p5'), rel('parent', 'p2', 'p5'), rel('parent', 'p1', 'p8'), rel('parent', 'p2', 'p8'),
    rel('parent', 'p3', 'p7'), rel('parent', 'p4', 'p7'),
    rel('parent', 'p5', 'c1'), rel('parent', 'p6', 'c1'), rel('parent', 'p5', 'c2'), rel('parent', 'p7', 'c2'),
  ],
};

describe('GL genogram layout', () => {
  it('GL1 puts generations on rows: grandparents, parents, children', () => {
    const l = layoutGenogram(FIXTURE.people, FIXTURE.relationships);
    const row = (id: string) => l.people.get(id)!.y / ROW;
    expect(['p1', 'p2', 'p3', 'p4'].map(row)).toEqual([0, 0, 0, 0]);
    // Rhys and Amira have no parents on the tree: they sit with their partners, not at the top.
    expect(['p5', 'p6', 'p7', 'p8', 'p9'].map(row)).toEqual([1, 1, 1, 1, 1]);
    expect(['c1', 'c2'].map(row)).toEqual([2, 2]);
  });

  it('GL2 keeps partners side by side: Amira, Rhys, Kerys, Dean in a chain', () => {
    const l = layoutGenogram(FIXTURE.people, FIXTURE.relationships);
    const order = ['p9', 'p6', 'p5', 'p7'].map((id) => l.people.get(id)!.x);
    const sorted = [...order].sort((a, b) => a - b);
    expect(order.join() === sorted.join() || order.join() === [...sorted].reverse().join()).toBe(true);
    // Nobody else stands between partners.
    const row1 = [...l.people.values()].filter((p) => p.generation === 1).sort((a, b) => a.x - b.x).map((p) => p.id);
    const i = row1.indexOf('p5');
    expect([row1[i - 1], row1[i + 1]].sort()).toEqual(['p6', 'p7']);
  });

  it('GL3 puts each child below their parents and siblings in birth order', () => {
    const l = layoutGenogram(FIXTURE.people, FIXTURE.relationships);
    const x = (id: string) => l.people.get(id)!.x;
    const mid = (a: string, b: string) => (x(a) + x(b)) / 2;
    // Poppy (Kerys and Rhys) is nearer their line than Ellis (Kerys and Dean), and the other way round.
    expect(Math.abs(x('c1') - mid('p5', 'p6'))).toBeLessThan(Math.abs(x('c2') - mid('p5', 'p6')));
    expect(Math.abs(x('c2') - mid('p5', 'p7'))).toBeLessThan(Math.abs(x('c1') - mid('p5', 'p7')));
    const twins = layoutGenogram([person('m'), person('f'), person('old', '2010'), person('young', '2015'), person('mid', '2012')], [
      rel('partner', 'm', 'f'), ...['old', 'young', 'mid'].flatMap((c) => [rel('parent', 'm', c), rel('parent', 'f', c)]),
    ]);
    const xs = ['old', 'mid', 'young'].map((id) => twins.people.get(id)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('GL3 never overlaps two symbols, for families of 1 to 60 people', () => {
    for (let n = 1; n <= 60; n++) {
      for (const [seed, generations] of [[1, Infinity], [2, Infinity], [3, 3]] as const) {
        const f = syntheticFamily(n, seed, generations);
        const l = layoutGenogram(f.people, f.relationships);
        expect(l.people.size).toBe(n);
        expect(overlapping([...l.people.values()]), `size ${n} seed ${seed}`).toBeNull();
        for (const r of f.relationships.filter((r) => r.kind === 'parent')) {
          expect(l.people.get(r.b)!.y, `size ${n}: child below parent`).toBeGreaterThan(l.people.get(r.a)!.y);
        }
      }
    }
  });

  it('GL4 keeps a hand-placed person exactly where they were put, and moves others out of the way', () => {
    const free = layoutGenogram(FIXTURE.people, FIXTURE.relationships);
    const onto = free.people.get('p8')!;
    // Put Glenys right on top of Bethan.
    const people = FIXTURE.people.map((p) => (p.id === 'p2' ? { ...p, pos: { x: onto.x, y: onto.y } } : p));
    const l = layoutGenogram(people, FIXTURE.relationships);
    expect(l.people.get('p2')).toMatchObject({ x: onto.x, y: onto.y, pinned: true });
    expect(overlapping([...l.people.values()])).toBeNull();
    // The same input gives the same picture on every device.
    expect([...layoutGenogram(people, FIXTURE.relationships).people.values()]).toEqual([...l.people.values()]);
  });

  it('GL5 puts the safety network beside the tree without covering anyone', () => {
    const l = layoutGenogram(FIXTURE.people, FIXTURE.relationships, [{ id: 'n1', width: 300, height: 120 }, { id: 'n2', width: 300, height: 120 }]);
    const right = Math.max(...[...l.people.values()].map((p) => p.x + p.width / 2));
    for (const b of l.network.values()) expect(b.x).toBeGreaterThan(right);
    expect(l.bounds.right).toBeGreaterThanOrEqual(l.network.get('n1')!.x + 300);
  });

  it('GL6 lays out a 25-person, 3-generation family well under 50 ms', () => {
    const f = syntheticFamily(25, 7, 3);
    expect(new Set([...layoutGenogram(f.people, f.relationships).people.values()].map((p) => p.generation)).size).toBe(3);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) layoutGenogram(f.people, f.relationships);
    expect((performance.now() - t0) / 20).toBeLessThan(50);
  });
});
