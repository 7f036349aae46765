import { F, docs } from '../schema/docLayout.ts';
import { personFieldsSchema, personInputSchema, PERSON_DEFAULTS, type PersonFields, type Position } from '../schema/person.ts';
import { householdFieldsSchema } from '../schema/household.ts';
import { detailFieldsSchema, type DetailKind } from '../schema/genogramDetail.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { eachEntity, locateIn, newEntity, targetDoc, writeFields } from './genogramDocs.ts';

/**
 * GG — People, households and details on the genogram. Each command is one transaction per
 * document it touches, with the caller's origin (undo tracks only this device's).
 */

const RESTRICTED_BY_FAMILY = 'Only professionals can add something for professionals only';

function finitePos(p: Position | null): Position | null {
  return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: Math.round(p.x), y: Math.round(p.y) } : null;
}

/** GG1 — Add a person; a restricted person goes straight into the professional document. */
export function addPerson(d: ConferenceDocs, input: Partial<PersonFields>, opts: { restricted?: boolean; pos?: Position | null } = {}, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = personInputSchema.safeParse({ ...PERSON_DEFAULTS, ...input });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const doc = targetDoc(d, opts.restricted === true);
  if (!doc) return fail(RESTRICTED_BY_FAMILY);
  const pos = finitePos(opts.pos ?? null);
  doc.transact(() => {
    const m = newEntity(pos ? { ...parsed.data, [F.x]: pos.x, [F.y]: pos.y } : parsed.data);
    docs.people(doc).set(id, m);
  }, origin);
  return ok(id);
}

/** GG2 — Change some of a person's fields (rename, born, died…); other fields merge with concurrent edits. */
export function editPerson(d: ConferenceDocs, id: string, patch: Partial<PersonFields>, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, 'people', id);
  if (!at) return fail('That person has been removed from the family tree');
  const current = Object.fromEntries(Object.keys(PERSON_DEFAULTS).map((k) => [k, at.map.get(k) ?? PERSON_DEFAULTS[k as keyof PersonFields]]));
  const parsed = personInputSchema.safeParse({ ...current, ...patch });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const changed = personFieldsSchema.partial().parse(patch);
  at.doc.transact(() => writeFields(at.map, changed), origin);
  return ok(undefined);
}

/** GG3 — Keep a person where they were dragged (one write at the end of a drag), or null to let the layout place them. */
export function placePerson(d: ConferenceDocs, id: string, pos: Position | null, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, 'people', id);
  if (!at) return fail('That person has been removed from the family tree');
  const p = finitePos(pos);
  at.doc.transact(() => {
    if (p) writeFields(at.map, { [F.x]: p.x, [F.y]: p.y });
    else {
      at.map.delete(F.x);
      at.map.delete(F.y);
    }
  }, origin);
  return ok(undefined);
}

/**
 * GG4 — Remove a person with every line to them and every detail about them, so neither
 * document is left with a relationship to nobody. Network members who were this person stay,
 * unlinked.
 */
export function deletePerson(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, 'people', id);
  if (!at) return ok(undefined);
  eachEntity(d, 'relationships', origin, (rid, m, c) => {
    if (m.get(F.a) === id || m.get(F.b) === id) c.delete(rid);
  });
  eachEntity(d, 'details', origin, (did, m, c) => {
    if (m.get(F.of) === id) c.delete(did);
  });
  eachEntity(d, 'network', origin, (_nid, m) => {
    if (m.get(F.personId) === id) m.set(F.personId, '');
  });
  at.doc.transact(() => docs.people(at.doc).delete(id), origin);
  return ok(undefined);
}

/** GG5 — Add a household (who lives together). */
export function addHousehold(d: ConferenceDocs, label: string, restricted = false, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = householdFieldsSchema.safeParse({ label });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const doc = targetDoc(d, restricted);
  if (!doc) return fail(RESTRICTED_BY_FAMILY);
  doc.transact(() => {
    const m = newEntity(parsed.data);
    docs.households(doc).set(id, m);
  }, origin);
  return ok(id);
}

export function renameHousehold(d: ConferenceDocs, id: string, label: string, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, 'households', id);
  if (!at) return fail('That household has been removed');
  const parsed = householdFieldsSchema.safeParse({ label });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  at.doc.transact(() => writeFields(at.map, parsed.data), origin);
  return ok(undefined);
}

/** GG6 — Remove a household: its members live nowhere in particular, its details go with it. */
export function deleteHousehold(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, 'households', id);
  if (!at) return ok(undefined);
  eachEntity(d, 'people', origin, (_pid, m) => {
    if (m.get(F.household) === id) m.set(F.household, '');
  });
  eachEntity(d, 'details', origin, (did, m, c) => {
    if (m.get(F.of) === id) c.delete(did);
  });
  at.doc.transact(() => docs.households(at.doc).delete(id), origin);
  return ok(undefined);
}

/**
 * GG7 — Set the note or address of a person, household or network member (`id` names an existing
 * detail to change). Empty text removes it. A restricted detail lives in the professional document.
 */
export function putDetail(d: ConferenceDocs, input: { of: string; kind: DetailKind; text: string; restricted?: boolean }, id: string | null = null, origin: unknown = LOCAL_ORIGIN): Result<string | null> {
  const existing = id ? locateIn(d, 'details', id) : null;
  if (existing && !input.text.trim()) {
    existing.doc.transact(() => docs.details(existing.doc).delete(id!), origin);
    return ok(null);
  }
  if (!input.text.trim()) return ok(null);
  const parsed = detailFieldsSchema.safeParse(input);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  if (!['people', 'households', 'network'].some((c) => locateIn(d, c as 'people', input.of))) return fail('That person has been removed from the family tree');
  if (existing) {
    existing.doc.transact(() => writeFields(existing.map, parsed.data), origin);
    return ok(id);
  }
  const doc = targetDoc(d, input.restricted === true);
  if (!doc) return fail(RESTRICTED_BY_FAMILY);
  const newDetailId = newId();
  doc.transact(() => {
    const m = newEntity(parsed.data);
    docs.details(doc).set(newDetailId, m);
  }, origin);
  return ok(newDetailId);
}
