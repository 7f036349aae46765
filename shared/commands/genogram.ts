import { z } from 'zod/mini';
import { personFieldsSchema, personInputSchema, PERSON, PERSON_DEFAULTS, PERSON_FIELDS as P, type PersonFields, type Position } from '../schema/person.ts';
import { householdFieldsSchema, HOUSEHOLD } from '../schema/household.ts';
import { detailFieldsSchema, DETAIL, type DetailKind } from '../schema/genogramDetail.ts';
import { RELATIONSHIP } from '../schema/relationship.ts';
import { NETWORK } from '../schema/networkMember.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { addEntity, deleteEntity, locateIn } from './restriction.ts';
import { inEachDoc, writeFields } from './genogramDocs.ts';

/**
 * GG — People, households and details on the genogram. Each command is one transaction per
 * document it touches, with the caller's origin (undo tracks only this device's). Restriction is
 * the generic mechanism (shared/commands/restriction.ts): adding goes to the right document, and a
 * detail of someone professionals only is professionals only too (RS7).
 */

function finitePos(p: Position | null): Position | null {
  return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: Math.round(p.x), y: Math.round(p.y) } : null;
}

/** GG1 — Add a person; a restricted person goes straight into the professional document. */
export function addPerson(d: ConferenceDocs, input: Partial<PersonFields>, opts: { restricted?: boolean; pos?: Position | null } = {}, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = personInputSchema.safeParse({ ...PERSON_DEFAULTS, ...input });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const pos = finitePos(opts.pos ?? null);
  return addEntity(d, PERSON, id, pos ? { ...parsed.data, [P.x]: pos.x, [P.y]: pos.y } : parsed.data, opts.restricted === true, origin);
}

/** GG2 — Change some of a person's fields (rename, born, died…); other fields merge with concurrent edits. */
export function editPerson(d: ConferenceDocs, id: string, patch: Partial<PersonFields>, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, PERSON, id);
  if (!at) return fail(msg('commands.genogram.personGone'));
  const current = Object.fromEntries(Object.keys(PERSON_DEFAULTS).map((k) => [k, at.map.get(k) ?? PERSON_DEFAULTS[k as keyof PersonFields]]));
  const parsed = personInputSchema.safeParse({ ...current, ...patch });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const changed = z.partial(personFieldsSchema).parse(patch);
  at.doc.transact(() => writeFields(at.map, changed), origin);
  return ok(undefined);
}

/** GG3 — Keep a person where they were dragged (one write at the end of a drag), or null to let the layout place them. */
export function placePerson(d: ConferenceDocs, id: string, pos: Position | null, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, PERSON, id);
  if (!at) return fail(msg('commands.genogram.personGone'));
  const p = finitePos(pos);
  at.doc.transact(() => {
    if (p) writeFields(at.map, { [P.x]: p.x, [P.y]: p.y });
    else {
      at.map.delete(P.x);
      at.map.delete(P.y);
    }
  }, origin);
  return ok(undefined);
}

/**
 * GG4 — Remove a person with every line to them and every detail about them, in one transaction
 * per document, so neither is ever left with a relationship to nobody. Network members who were
 * this person stay, unlinked.
 */
export function deletePerson(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  if (!locateIn(d, PERSON, id)) return ok(undefined);
  inEachDoc(d, origin, (_doc, each) => {
    each(RELATIONSHIP, (rid, m, col) => (m.get('a') === id || m.get('b') === id) && col.delete(rid));
    each(DETAIL, (did, m, col) => m.get('of') === id && col.delete(did));
    each(NETWORK, (_nid, m) => m.get('personId') === id && m.set('personId', ''));
    each(PERSON, (pid, _m, col) => pid === id && col.delete(pid));
  });
  return ok(undefined);
}

/** GG5 — Add a household (who lives together). */
export function addHousehold(d: ConferenceDocs, label: string, restricted = false, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = householdFieldsSchema.safeParse({ label });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  return addEntity(d, HOUSEHOLD, id, parsed.data, restricted, origin);
}

export function renameHousehold(d: ConferenceDocs, id: string, label: string, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, HOUSEHOLD, id);
  if (!at) return fail(msg('commands.genogram.householdGone'));
  const parsed = householdFieldsSchema.safeParse({ label });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  at.doc.transact(() => writeFields(at.map, parsed.data), origin);
  return ok(undefined);
}

/** GG6 — Remove a household: its members live nowhere in particular, its details go with it. */
export function deleteHousehold(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  if (!locateIn(d, HOUSEHOLD, id)) return ok(undefined);
  inEachDoc(d, origin, (_doc, each) => {
    each(PERSON, (_pid, m) => m.get('household') === id && m.set('household', ''));
    each(DETAIL, (did, m, col) => m.get('of') === id && col.delete(did));
    each(HOUSEHOLD, (hid, _m, col) => hid === id && col.delete(hid));
  });
  return ok(undefined);
}

/**
 * GG7 — Set the note or address of a person, household or network member (`id` names an existing
 * detail to change). Empty text removes it. A restricted detail lives in the professional document.
 */
export function putDetail(d: ConferenceDocs, input: { of: string; kind: DetailKind; text: string; restricted?: boolean }, id: string | null = null, origin: unknown = LOCAL_ORIGIN): Result<string | null> {
  const existing = id ? locateIn(d, DETAIL, id) : null;
  if (!input.text.trim()) {
    if (existing) deleteEntity(d, DETAIL, id!, origin);
    return ok(null);
  }
  const parsed = detailFieldsSchema.safeParse(input);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  if (![PERSON, HOUSEHOLD, NETWORK].some((t) => locateIn(d, t, input.of))) return fail(msg('commands.genogram.personGone'));
  if (existing) {
    existing.doc.transact(() => writeFields(existing.map, parsed.data), origin);
    return ok(id);
  }
  return addEntity(d, DETAIL, newId(), parsed.data, input.restricted === true, origin);
}
