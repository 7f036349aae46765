import type { Person } from '../schema/person.ts';
import type { Relationship, RelationshipFields } from '../schema/relationship.ts';
import { fail, ok, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { firstName as displayName } from '../genogram/words.ts';

/**
 * GN — What makes a relationship on the genogram valid. Commands refuse a bad one with these
 * messages; `project()` uses the same checks to drop what a CRDT merge may produce (two editors
 * each adding a birth parent, or a person deleted while someone connected them).
 */

type PersonRef = Pick<Person, 'id' | 'name' | 'kind'>;
type Rel = Pick<Relationship, 'id' | 'kind' | 'a' | 'b' | 'type'>;

/** Everyone above `id` through parent lines (parents, grandparents…). */
function ancestors(rels: readonly Rel[], id: string): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    for (const r of rels) {
      if (r.kind === 'parent' && r.b === cur && !seen.has(r.a)) {
        seen.add(r.a);
        stack.push(r.a);
      }
    }
  }
  return seen;
}

/**
 * GN1–GN5 — Check a new or changed relationship against the people and relationships already
 * there (`existing` excludes the one being changed). Returns plain reasons for the chair.
 */
export function checkRelationship(people: ReadonlyMap<string, PersonRef>, existing: readonly Rel[], r: Pick<RelationshipFields, 'kind' | 'a' | 'b' | 'type'>): Result {
  const a = people.get(r.a);
  const b = people.get(r.b);
  // GN1: both ends must exist now; a person removed meanwhile leaves nothing half-made.
  if (!a || !b) return fail(msg('rules.genogram.personGone'));
  // GN2: nobody relates to themselves, least of all as their own parent.
  if (r.a === r.b) return fail(r.kind === 'parent' ? msg('rules.genogram.ownParent', { a: displayName(a) }) : msg('rules.genogram.samePerson'));
  if (r.kind === 'parent') {
    // GN3: a cycle of parenthood (someone their own grandparent) is refused.
    if (ancestors(existing, r.a).has(r.b)) return fail(msg('rules.genogram.cycle', { a: displayName(a), b: displayName(b) }));
    if (existing.some((x) => x.kind === 'parent' && x.a === r.a && x.b === r.b)) return fail(msg('rules.genogram.alreadyParent', { a: displayName(a), b: displayName(b) }));
    // GN4: at most two birth parents; anyone else who parents is step, adopted, fostered or kinship.
    if (r.type === 'birth') {
      const birth = existing.filter((x) => x.kind === 'parent' && x.type === 'birth' && x.b === r.b);
      if (birth.length >= 2) {
        const [first, second] = birth.map((x) => displayName(people.get(x.a)));
        return fail(msg('rules.genogram.twoBirthParents', { a: displayName(a), b: displayName(b), first: first ?? '', second: second ?? '' }));
      }
    }
    if (people.get(r.b)?.kind === 'miscarriage' && r.type !== 'birth') return fail(msg('rules.genogram.pregnancyBirthOnly'));
    return ok(undefined);
  }
  // GN5: one line of each kind between two people (a tie may differ in type: close and conflictual).
  const same = (x: Rel) => (x.a === r.a && x.b === r.b) || (x.a === r.b && x.b === r.a);
  if (existing.some((x) => x.kind === r.kind && same(x) && (r.kind !== 'tie' || x.type === r.type))) {
    return fail(msg('rules.genogram.duplicateLine', { a: displayName(a), b: displayName(b) }));
  }
  if (r.kind === 'partner' && existing.some((x) => x.kind === 'parent' && same(x))) return fail(msg('rules.genogram.parentAndChild', { a: displayName(a), b: displayName(b) }));
  return ok(undefined);
}

/**
 * GN6 — Repair on read: keep the relationships that are valid in id order, drop the rest. The
 * same input always keeps the same set, on every device.
 */
export function validRelationships<T extends Rel>(people: ReadonlyMap<string, PersonRef>, rels: readonly T[]): T[] {
  const kept: T[] = [];
  for (const r of [...rels].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    if (checkRelationship(people, kept, r).ok) kept.push(r);
  }
  return kept;
}
