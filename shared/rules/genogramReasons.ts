import type { RelationshipFields } from '../schema/relationship.ts';
import { fail, ok, type Result } from '../result.ts';
import { msg, type MessageId } from '../i18n/messages.ts';
import { firstName as displayName } from '../genogram/words.ts';
import { relationshipProblem, type PersonRef, type RelationshipRef } from './genogram.ts';

/**
 * GN1–GN5 — Check a new or changed relationship against the people and relationships already
 * there (`existing` excludes the one being changed). Returns plain reasons for the chair.
 */
export function checkRelationship(people: ReadonlyMap<string, PersonRef>, existing: readonly RelationshipRef[], r: Pick<RelationshipFields, 'kind' | 'a' | 'b' | 'type'>): Result {
  const p = relationshipProblem(people, existing, r);
  if (!p) return ok(undefined);
  const id: MessageId = `rules.genogram.${p.rule}`;
  switch (p.rule) {
    case 'personGone':
    case 'samePerson':
    case 'pregnancyBirthOnly':
      return fail(msg(id));
    case 'ownParent':
      return fail(msg(id, { a: displayName(p.a) }));
    case 'twoBirthParents':
      return fail(msg(id, { a: displayName(p.a), b: displayName(p.b), first: displayName(p.first) ?? '', second: displayName(p.second) ?? '' }));
    default:
      return fail(msg(id, { a: displayName(p.a), b: displayName(p.b) }));
  }
}
