import type { LayoutPerson, LayoutRelationship } from './layout.ts';

/**
 * Made-up families of a given size for the layout's tests and benchmark: generations of couples,
 * some separated with a second partner (half-siblings), children in birth order. Deterministic
 * for a seed, so a failing size can be pinned as a named test.
 */
export function syntheticFamily(size: number, seed = 1, generations = Infinity): { people: LayoutPerson[]; relationships: LayoutRelationship[] } {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const people: LayoutPerson[] = [];
  const relationships: LayoutRelationship[] = [];
  const add = (born: number) => {
    const id = `p${people.length + 1}`;
    people.push({ id, born: String(born), household: '', pos: null, width: 64 + Math.floor(rand() * 120) });
    return id;
  };
  let frontier: { id: string; born: number }[] = [{ id: add(1940), born: 1940 }];
  let couples: { a: string; b: string; born: number }[] = [];
  for (let gen = 1; people.length < size; gen++) {
    if (gen >= generations && couples.length) {
      // Deep enough: the youngest couples have more children until the family is full.
      for (let i = 0; people.length < size; i++) {
        const c = couples[i % couples.length]!;
        const child = add(c.born + 24 + (i % 9));
        relationships.push({ kind: 'parent', a: c.a, b: child }, { kind: 'parent', a: c.b, b: child });
      }
      break;
    }
    const next: { id: string; born: number }[] = [];
    couples = [];
    for (const p of frontier) {
      if (people.length >= size) break;
      const partners = rand() < 0.3 ? 2 : 1;
      for (let k = 0; k < partners && people.length < size; k++) {
        const q = add(p.born + Math.floor(rand() * 6) - 3);
        relationships.push({ kind: 'partner', a: p.id, b: q });
        couples.push({ a: p.id, b: q, born: p.born });
        const kids = 1 + Math.floor(rand() * 3);
        for (let c = 0; c < kids && people.length < size; c++) {
          const born = p.born + 24 + c * 2 + k * 6;
          const child = add(born);
          relationships.push({ kind: 'parent', a: p.id, b: child }, { kind: 'parent', a: q, b: child });
          next.push({ id: child, born });
        }
      }
    }
    if (!next.length) break;
    frontier = next;
  }
  return { people, relationships };
}
