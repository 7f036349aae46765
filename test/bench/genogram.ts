import { layoutGenogram } from '../../shared/genogram/layout.ts';
import { syntheticFamily } from '../../shared/genogram/families.ts';
import { addPerson } from '../../shared/commands/genogram.ts';
import { addRelationship } from '../../shared/commands/relationships.ts';
import type { ConferenceDocs } from '../../shared/commands/docs.ts';

/** A three-generation family of `size` people with partners and children, drawn through the chair's own (validating) commands. */
export function addFamily(d: ConferenceDocs, size: number): void {
  const family = syntheticFamily(size, 7, 3);
  const ids = new Map<string, string>();
  for (const [i, p] of family.people.entries()) {
    const added = addPerson(d, { name: `Person ${i + 1}`, gender: i % 2 ? 'female' : 'male', born: p.born });
    if (!added.ok) throw new Error('bench: person refused');
    ids.set(p.id, added.value);
  }
  for (const r of family.relationships) {
    const kind = r.kind === 'partner' ? 'partner' : 'parent';
    const added = addRelationship(d, { kind, a: ids.get(r.a)!, b: ids.get(r.b)!, type: kind === 'partner' ? 'married' : 'birth' });
    if (!added.ok) throw new Error(`bench: relationship refused (${added.reasons.map((x) => x.id).join(' ')})`);
  }
}

/**
 * Genogram layout speed (issue 10: a 25-person, three-generation family well under 50 ms), and a
 * 60-person family for headroom. Median of repeated runs after a warm-up, in milliseconds.
 */
export function benchGenogramLayout(): { size: number; medianMs: number }[] {
  return [25, 60].map((size) => {
    const f = syntheticFamily(size, 7, 3);
    for (let i = 0; i < 20; i++) layoutGenogram(f.people, f.relationships);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      layoutGenogram(f.people, f.relationships);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const medianMs = times[Math.floor(times.length / 2)]!;
    return { size, medianMs };
  });
}
