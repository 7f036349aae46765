import { relationshipFieldsSchema, RELATIONSHIP, RELATIONSHIP_TYPES, type RelationshipFields } from '../schema/relationship.ts';
import { projectGenogram } from '../schema/projectGenogram.ts';
import { checkRelationship } from '../rules/genogramReasons.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { addEntity, deleteEntity, locateIn } from './restriction.ts';
import { writeFields } from './genogramDocs.ts';

/**
 * GR — Lines between people. Every relationship is checked against the rules (GN1–GN5) on the
 * documents as this device has them, and written whole in one transaction: never half-made.
 */

/** GR1 — Connect two people. A line to someone professionals only is professionals only too (RS7). */
export function addRelationship(d: ConferenceDocs, input: Omit<RelationshipFields, 'since'> & { since?: string }, restricted = false, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = relationshipFieldsSchema.safeParse({ since: '', ...input });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const g = projectGenogram(d.shared, d.professional);
  const checked = checkRelationship(new Map(g.people.map((p) => [p.id, p])), g.relationships, parsed.data);
  if (!checked.ok) return checked;
  return addEntity(d, RELATIONSHIP, id, parsed.data, restricted, origin);
}

/** GR2 — Change how two people are related now (married → separated) or the dates. */
export function editRelationship(d: ConferenceDocs, id: string, patch: { type?: string; since?: string }, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, RELATIONSHIP, id);
  if (!at) return fail(msg('commands.relationships.gone'));
  const g = projectGenogram(d.shared, d.professional);
  const current = g.relationships.find((r) => r.id === id);
  if (!current) return fail(msg('commands.relationships.invalid'));
  const parsed = relationshipFieldsSchema.safeParse({ kind: current.kind, a: current.a, b: current.b, type: patch.type ?? current.type, since: patch.since ?? current.since });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  if (!RELATIONSHIP_TYPES[current.kind].includes(parsed.data.type)) return fail(msg('commands.relationships.chooseType'));
  const checked = checkRelationship(new Map(g.people.map((p) => [p.id, p])), g.relationships.filter((r) => r.id !== id), parsed.data);
  if (!checked.ok) return checked;
  at.doc.transact(() => writeFields(at.map, { type: parsed.data.type, since: parsed.data.since }), origin);
  return ok(undefined);
}

/** GR3 — Remove a line. */
export function deleteRelationship(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  return deleteEntity(d, RELATIONSHIP, id, origin);
}
