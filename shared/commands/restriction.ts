import * as Y from 'yjs';
import { generateKeyBetween } from 'fractional-indexing';
import { docs, isStringArray, type EntityMap } from '../schema/docLayout.ts';
import { readHidden, writeHidden, type Links } from '../schema/twins.ts';
import { collectionOf, newEntityMap, type RecordType } from '../schema/record.ts';
import { RESTRICTABLE } from '../schema/restrictable.ts';
import { fail, ok, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';

/**
 * Restriction as one mechanism over every restrictable collection (RS1, `restrictable.ts`): where
 * an entity lives, adding one to the right document, moving one between the two (RS2), and links
 * from shared entities to restricted ones, which live only in the professional document (RS4).
 * The commands of each record type use these; none has restriction code of its own.
 */

export interface Located {
  type: RecordType;
  doc: Y.Doc;
  map: EntityMap;
  restricted: boolean;
}

/** Find an entity of a given type in either document. */
export function locateIn(d: ConferenceDocs, type: RecordType, id: string): Located | null {
  const s = collectionOf(d.shared, type).get(id);
  if (s instanceof Y.Map) return { type, doc: d.shared, map: s, restricted: false };
  const p = d.professional ? collectionOf(d.professional, type).get(id) : undefined;
  if (p instanceof Y.Map && d.professional) return { type, doc: d.professional, map: p, restricted: true };
  return null;
}

/** Find an entity of any restrictable type by its id. */
export function locate(d: ConferenceDocs, id: string): Located | null {
  for (const type of RESTRICTABLE) {
    const at = locateIn(d, type, id);
    if (at) return at;
  }
  return null;
}

/** Whether the shared document holds this id in any restrictable collection (so a shared link to it reveals nothing). */
function isShared(d: ConferenceDocs, id: string): boolean {
  return RESTRICTABLE.some((t) => collectionOf(d.shared, t).get(id) instanceof Y.Map);
}

/** Every entity of a type in both documents, for counting and ordering. */
export function allMaps(d: ConferenceDocs, type: RecordType): EntityMap[] {
  const out: EntityMap[] = [];
  for (const doc of [d.shared, d.professional]) {
    if (doc) collectionOf(doc, type).forEach((m) => m instanceof Y.Map && out.push(m));
  }
  return out;
}

/** The order key after the last entity of a type (optionally only those matching `where`), across both documents. */
export function orderAfterLast(d: ConferenceDocs, type: RecordType, where: (m: EntityMap) => boolean = () => true): string {
  let last: string | null = null;
  for (const m of allMaps(d, type)) {
    const o = m.get('order');
    if (where(m) && typeof o === 'string' && (last === null || o > last)) last = o;
  }
  return generateKeyBetween(last, null);
}

/** An order key between two neighbours; concurrent moves can leave them equal or crossed, then it goes at the end. */
export function orderBetween(d: ConferenceDocs, type: RecordType, after: string | null, before: string | null, where?: (m: EntityMap) => boolean): string {
  try {
    return generateKeyBetween(after, before);
  } catch {
    return orderAfterLast(d, type, where);
  }
}

/** Move an entity of a type between two neighbours' order keys (null for the ends), in whichever document it is. */
export function moveEntity(d: ConferenceDocs, type: RecordType, id: string, after: string | null, before: string | null, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, type, id);
  if (!at) return fail(msg('commands.restriction.deleted'));
  const key = orderBetween(d, type, after, before);
  at.doc.transact(() => at.map.set('order', key), origin);
  return ok(undefined);
}

/** Split link ids: those a shared entity may hold in the shared document, and the rest (hidden). */
function splitLinks(d: ConferenceDocs, ids: readonly string[]): { shown: string[]; hidden: string[] } {
  const shown: string[] = [];
  const hidden: string[] = [];
  for (const id of ids) (isShared(d, id) ? shown : hidden).push(id);
  return { shown, hidden };
}

/**
 * RS3 — Add an entity of a restrictable type: into the professional twin when restricted, else the
 * shared collection. Link fields of a shared entity keep only shared ids there; the others are
 * written to the professional document's hidden links (RS4). Runs one transaction per document touched.
 */
export function addEntity(
  d: ConferenceDocs,
  type: RecordType,
  id: string,
  values: Readonly<Record<string, unknown>>,
  restricted: boolean,
  origin: unknown = LOCAL_ORIGIN,
): Result<string> {
  // RS7: a record that belongs to something professionals only is professionals only too.
  if (!restricted) restricted = ownerRestricted(d, type, values);
  if (restricted && !d.professional) return fail(msg('commands.restriction.addOnlyProfessionals'));
  const target = restricted ? d.professional! : d.shared;
  const record: Record<string, unknown> = { ...values };
  const hidden: Links = {};
  if (!restricted) {
    for (const f of type.links) {
      const ids = record[f];
      if (!isStringArray(ids)) continue;
      const { shown, hidden: rest } = splitLinks(d, ids);
      record[f] = shown;
      if (rest.length) hidden[f] = rest;
    }
  }
  if (Object.keys(hidden).length && d.professional) d.professional.transact(() => writeHidden(d.professional!, id, hidden), origin);
  target.transact(() => collectionOf(target, type).set(id, newEntityMap(type, record)), origin);
  return ok(id);
}

/** RS4 — Set a link field of an entity; for a shared entity the restricted ids go to the hidden links. */
export function setLinks(d: ConferenceDocs, at: Located, id: string, field: string, ids: readonly string[], origin: unknown = LOCAL_ORIGIN): void {
  if (at.restricted) {
    at.doc.transact(() => at.map.set(field, [...ids]), origin);
    return;
  }
  const { shown, hidden } = splitLinks(d, ids);
  if (d.professional) {
    const pro = d.professional;
    const before = readHidden(pro, id);
    if (hidden.length || before[field]) pro.transact(() => writeHidden(pro, id, { ...before, [field]: hidden }), origin);
  }
  at.doc.transact(() => at.map.set(field, shown), origin);
}

/** Delete an entity of a type from wherever it is, with its hidden links. */
export function deleteEntity(d: ConferenceDocs, type: RecordType, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, type, id);
  if (!at) return ok(undefined);
  if (!at.restricted && d.professional && docs.hiddenLinks(d.professional).has(id)) {
    d.professional.transact(() => docs.hiddenLinks(d.professional!).delete(id), origin);
  }
  at.doc.transact(() => collectionOf(at.doc, type).delete(id), origin);
  return ok(undefined);
}

/** The shared entities (of types with link fields) whose shared links name `id`. */
function sharedLinkersOf(shared: Y.Doc, id: string): { map: EntityMap; entityId: string; field: string }[] {
  const out: { map: EntityMap; entityId: string; field: string }[] = [];
  for (const type of RESTRICTABLE) {
    if (type.links.length === 0) continue;
    collectionOf(shared, type).forEach((m, entityId) => {
      if (!(m instanceof Y.Map)) return;
      for (const field of type.links) {
        const v = m.get(field);
        if (isStringArray(v) && v.includes(id)) out.push({ map: m, entityId, field });
      }
    });
  }
  return out;
}

/**
 * RS2 — Make an entity of any restrictable type professionals only (move it to the professional
 * twin) or shared (move it back), keeping its id: one transaction on each document. The copy is
 * written before the original is deleted, so a crash in between leaves it in both places rather
 * than lost. Links follow (RS4): restricting an entity takes its id out of every shared entity's
 * links into the hidden links; sharing it puts them back. What family devices already received
 * cannot be recalled.
 */
export function setRestricted(d: ConferenceDocs, id: string, restricted: boolean, origin: unknown = LOCAL_ORIGIN): Result {
  if (!d.professional) return fail(msg('commands.restriction.changeOnlyProfessionals'));
  const pro = d.professional;
  const at = locate(d, id);
  if (!at) return fail(msg('commands.restriction.deleted'));
  if (!at.type.restrictable) return fail(msg('commands.restriction.notRestrictable'));
  if (at.restricted === restricted) return ok(undefined);
  const json = at.map.toJSON() as Record<string, unknown>;
  const col = (doc: Y.Doc) => collectionOf(doc, at.type);

  if (restricted) {
    moveRestricted(d, pro, at, id, json, col, origin);
    moveDependents(d, id, true, origin);
    return ok(undefined);
  }
  shareBack(d, pro, at, id, json, col, origin);
  moveDependents(d, id, false, origin);
  return ok(undefined);
}

/** RS2, restricting: copy into the professional twin (with its hidden links), then delete from the shared document. */
function moveRestricted(d: ConferenceDocs, pro: Y.Doc, at: Located, id: string, json: Record<string, unknown>, col: (doc: Y.Doc) => Y.Map<EntityMap>, origin: unknown): void {
  {
    // Its own hidden links rejoin it; shared entities that link to it lose the link to the hidden ones.
    const own = readHidden(pro, id);
    for (const [f, ids] of Object.entries(own)) json[f] = [...(isStringArray(json[f]) ? json[f] : []), ...ids];
    const linkers = sharedLinkersOf(d.shared, id);
    pro.transact(() => {
      col(pro).set(id, newEntityMap(at.type, json));
      if (docs.hiddenLinks(pro).has(id)) docs.hiddenLinks(pro).delete(id);
      for (const l of linkers) {
        const h = readHidden(pro, l.entityId);
        writeHidden(pro, l.entityId, { ...h, [l.field]: [...(h[l.field] ?? []).filter((x) => x !== id), id] });
      }
    }, origin);
    d.shared.transact(() => {
      col(d.shared).delete(id);
      for (const l of linkers) {
        const v = l.map.get(l.field);
        l.map.set(l.field, (isStringArray(v) ? v : []).filter((x) => x !== id));
      }
    }, origin);
  }
}

/** RS2, sharing: copy back into the shared document, then delete the professional copy. */
function shareBack(d: ConferenceDocs, pro: Y.Doc, at: Located, id: string, json: Record<string, unknown>, col: (doc: Y.Doc) => Y.Map<EntityMap>, origin: unknown): void {
  // The shared copy never says what it was restricted with.
  delete json[RESTRICTED_WITH];
  // Sharing: its links to restricted entities become hidden links; hidden links naming it come back.
  const own: Links = {};
  for (const f of at.type.links) {
    const ids = json[f];
    if (!isStringArray(ids)) continue;
    const sharedNow = (x: string) => x === id || isShared(d, x);
    json[f] = ids.filter(sharedNow);
    const rest = ids.filter((x) => !sharedNow(x));
    if (rest.length) own[f] = rest;
  }
  const returning: { entityId: string; field: string; map: EntityMap }[] = [];
  docs.hiddenLinks(pro).forEach((_v, entityId) => {
    const target = RESTRICTABLE.map((t) => collectionOf(d.shared, t).get(entityId)).find((m) => m instanceof Y.Map);
    if (!target) return;
    for (const [field, ids] of Object.entries(readHidden(pro, entityId))) if (ids.includes(id)) returning.push({ entityId, field, map: target });
  });
  d.shared.transact(() => {
    col(d.shared).set(id, newEntityMap(at.type, json));
    for (const r of returning) {
      const v = r.map.get(r.field);
      r.map.set(r.field, [...(isStringArray(v) ? v : []).filter((x) => x !== id), id]);
    }
  }, origin);
  pro.transact(() => {
    col(pro).delete(id);
    if (Object.keys(own).length) writeHidden(pro, id, own);
    for (const r of returning) {
      const h = readHidden(pro, r.entityId);
      writeHidden(pro, r.entityId, { ...h, [r.field]: (h[r.field] ?? []).filter((x) => x !== id) });
    }
  }, origin);
}

/** Marks a record that went professionals only because its owner did, so sharing the owner brings it back. */
const RESTRICTED_WITH = 'restrictedWith';

/** RS7 — Whether any owner a new record names is professionals only. */
function ownerRestricted(d: ConferenceDocs, type: RecordType, values: Readonly<Record<string, unknown>>): boolean {
  return (type.owners ?? []).some((f) => {
    const v = values[f];
    return typeof v === 'string' && v !== '' && locate(d, v)?.restricted === true;
  });
}

/**
 * RS7 — Records that belong to `id` (a line to a person, a detail of them) follow it: restricting
 * it takes them along, so no shared record names or describes what the family may not see;
 * sharing it brings back the ones it took, unless another of their owners is still restricted.
 * One restricted on its own stays restricted.
 */
function moveDependents(d: ConferenceDocs, id: string, restricted: boolean, origin: unknown): void {
  const pro = d.professional!;
  for (const type of RESTRICTABLE) {
    const owners = type.owners ?? [];
    if (!owners.length) continue;
    const from = restricted ? d.shared : pro;
    const ids: string[] = [];
    collectionOf(from, type).forEach((m, depId) => {
      if (!(m instanceof Y.Map) || !owners.some((f) => m.get(f) === id)) return;
      if (!restricted) {
        if (m.get(RESTRICTED_WITH) !== id) return;
        const otherHidden = owners.some((f) => {
          const v = m.get(f);
          return typeof v === 'string' && v !== id && locate(d, v)?.restricted === true;
        });
        if (otherHidden) return;
      }
      ids.push(depId);
    });
    for (const depId of ids) {
      setRestricted(d, depId, restricted, origin);
      const moved = locateIn(d, type, depId);
      if (!moved) continue;
      if (restricted) moved.doc.transact(() => moved.map.set(RESTRICTED_WITH, id), origin);
    }
  }
}
