import type { Person } from '../schema/person.ts';
import type { Relationship, RelationshipFields } from '../schema/relationship.ts';

/**
 * GN — What makes a relationship on the genogram valid. Commands refuse a bad one with the reasons
 * in genogramReasons.ts; `project()` uses the same checks to drop what a CRDT merge may produce (two
 * editors each adding a birth parent, or a person deleted while someone connected them). Apart from
 * the reasons' words because every device projects the genogram, and only the chair's editor words
 * a refusal: a module brings the messages it names to whichever chunk holds it.
 */

export type PersonRef = Pick<Person, 'id' | 'name' | 'kind'>;
export type RelationshipRef = Pick<Relationship, 'id' | 'kind' | 'a' | 'b' | 'type'>;
type Rel = RelationshipRef;

/** Which of GN1–GN5 a relationship breaks, with the people the reason names. */
export type RelationshipProblem =
  | { rule: 'personGone' | 'samePerson' | 'pregnancyBirthOnly' }
  | { rule: 'ownParent'; a: PersonRef }
  | { rule: 'cycle' | 'alreadyParent' | 'duplicateLine' | 'parentAndChild'; a: PersonRef; b: PersonRef }
  | { rule: 'twoBirthParents'; a: PersonRef; b: PersonRef; first: PersonRef | undefined; second: PersonRef | undefined };

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
 * there (`existing` excludes the one being changed): the rule it breaks, or null.
 */
export function relationshipProblem(people: ReadonlyMap<string, PersonRef>, existing: readonly Rel[], r: Pick<RelationshipFields, 'kind' | 'a' | 'b' | 'type'>): RelationshipProblem | null {
  const a = people.get(r.a);
  const b = people.get(r.b);
  // GN1: both ends must exist now; a person removed meanwhile leaves nothing half-made.
  if (!a || !b) return { rule: 'personGone' };
  // GN2: nobody relates to themselves, least of all as their own parent.
  if (r.a === r.b) return r.kind === 'parent' ? { rule: 'ownParent', a } : { rule: 'samePerson' };
  if (r.kind === 'parent') {
    // GN3: a cycle of parenthood (someone their own grandparent) is refused.
    if (ancestors(existing, r.a).has(r.b)) return { rule: 'cycle', a, b };
    if (existing.some((x) => x.kind === 'parent' && x.a === r.a && x.b === r.b)) return { rule: 'alreadyParent', a, b };
    // GN4: at most two birth parents; anyone else who parents is step, adopted, fostered or kinship.
    if (r.type === 'birth') {
      const birth = existing.filter((x) => x.kind === 'parent' && x.type === 'birth' && x.b === r.b);
      if (birth.length >= 2) return { rule: 'twoBirthParents', a, b, first: people.get(birth[0]!.a), second: people.get(birth[1]!.a) };
    }
    if (people.get(r.b)?.kind === 'miscarriage' && r.type !== 'birth') return { rule: 'pregnancyBirthOnly' };
    return null;
  }
  // GN5: one line of each kind between two people (a tie may differ in type: close and conflictual).
  const same = (x: Rel) => (x.a === r.a && x.b === r.b) || (x.a === r.b && x.b === r.a);
  if (existing.some((x) => x.kind === r.kind && same(x) && (r.kind !== 'tie' || x.type === r.type))) return { rule: 'duplicateLine', a, b };
  if (r.kind === 'partner' && existing.some((x) => x.kind === 'parent' && same(x))) return { rule: 'parentAndChild', a, b };
  return null;
}

/**
 * GN6 — Repair on read: keep the relationships that are valid in id order, drop the rest. The
 * same input always keeps the same set, on every device.
 */
export function validRelationships<T extends Rel>(people: ReadonlyMap<string, PersonRef>, rels: readonly T[]): T[] {
  const kept: T[] = [];
  for (const r of [...rels].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    if (!relationshipProblem(people, kept, r)) kept.push(r);
  }
  return kept;
}
