import * as Y from 'yjs';
import { generateKeyBetween } from 'fractional-indexing';
import { F, docs, getText, newText, setText, type EntityMap } from '../schema/docLayout.ts';
import { itemDetailsSchema, itemTextSchema, sourceSchema, type ItemDetails, type Source } from '../schema/board.ts';
import { sectionIdSchema } from '../rules/agenda.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';

export interface NewItem {
  section: string;
  text: string;
  source: Source;
  details?: ItemDetails;
  restricted: boolean;
  addedBy: string;
}

/** Where an item lives: restricted items exist only in the professional document. */
function locate(d: ConferenceDocs, id: string): { doc: Y.Doc; map: EntityMap } | null {
  const s = docs.items(d.shared).get(id);
  if (s instanceof Y.Map) return { doc: d.shared, map: s };
  const p = d.professional && docs.items(d.professional).get(id);
  if (p instanceof Y.Map && d.professional) return { doc: d.professional, map: p };
  return null;
}

/** The order key after the last item of a section, across both documents. */
function lastOrder(d: ConferenceDocs, section: string): string | null {
  let last: string | null = null;
  for (const doc of [d.shared, d.professional]) {
    if (!doc) continue;
    docs.items(doc).forEach((m) => {
      const o = m.get(F.order);
      if (m.get(F.section) === section && typeof o === 'string' && (last === null || o > last)) last = o;
    });
  }
  return last;
}

/** BD1 — Add an item to a section. Restricted items go straight to the professional document. */
export function addItem(d: ConferenceDocs, input: NewItem, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const section = sectionIdSchema.safeParse(input.section);
  if (!section.success) return fail('Choose a section for this item');
  const text = itemTextSchema.safeParse(input.text);
  if (!text.success) return fail(...zodReasons(text.error));
  const source = sourceSchema.safeParse(input.source);
  if (!source.success) return fail(...zodReasons(source.error));
  const details = itemDetailsSchema.safeParse(input.details ?? {});
  if (!details.success) return fail('Check the dates: use the date picker or the form 2025-03-14');
  if (input.restricted && !d.professional) return fail('Only professionals can add restricted items');
  const target = input.restricted ? d.professional! : d.shared;
  const order = generateKeyBetween(lastOrder(d, section.data), null);
  target.transact(() => {
    const m = new Y.Map<unknown>();
    m.set(F.section, section.data);
    m.set(F.text, newText(text.data));
    m.set(F.source, source.data);
    m.set(F.details, details.data);
    m.set(F.addedAt, new Date().toISOString());
    m.set(F.addedBy, input.addedBy);
    m.set(F.order, order);
    docs.items(target).set(id, m);
  }, origin);
  return ok(id);
}

/** BD2 — Edit an item's text, source or details. Text edits merge with concurrent edits. */
export function editItem(
  d: ConferenceDocs,
  id: string,
  patch: { text?: string; source?: Source; details?: ItemDetails },
  origin: unknown = LOCAL_ORIGIN,
): Result {
  const at = locate(d, id);
  if (!at) return fail('That item has been deleted');
  if (patch.text !== undefined) {
    const t = itemTextSchema.safeParse(patch.text);
    if (!t.success) return fail(...zodReasons(t.error));
  }
  if (patch.source && !sourceSchema.safeParse(patch.source).success) return fail('Names and agencies must be 120 characters or fewer');
  if (patch.details && !itemDetailsSchema.safeParse(patch.details).success) return fail('Check the dates');
  at.doc.transact(() => {
    if (patch.text !== undefined) {
      const text = getText(at.map, F.text);
      if (text) setText(text, patch.text.trim());
      else at.map.set(F.text, newText(patch.text.trim()));
    }
    if (patch.source) at.map.set(F.source, patch.source);
    if (patch.details) at.map.set(F.details, patch.details);
  }, origin);
  return ok(undefined);
}

/** BD3 — Move an item between two neighbours (ids or null for the ends of its section). */
export function moveItem(d: ConferenceDocs, id: string, afterOrder: string | null, beforeOrder: string | null, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locate(d, id);
  if (!at) return fail('That item has been deleted');
  let key: string;
  try {
    key = generateKeyBetween(afterOrder, beforeOrder);
  } catch {
    // Concurrent moves can leave neighbours equal or out of order: append at the end instead.
    key = generateKeyBetween(lastOrder(d, String(at.map.get(F.section))), null);
  }
  at.doc.transact(() => at.map.set(F.order, key), origin);
  return ok(undefined);
}

/** BD4 — Delete an item for everyone. */
export function deleteItem(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locate(d, id);
  if (!at) return ok(undefined);
  at.doc.transact(() => docs.items(at.doc).delete(id), origin);
  return ok(undefined);
}

/**
 * BD5 — Mark an item restricted (move it to the professional document) or shared (move it back),
 * keeping its id. The copy is written before the original is deleted, so a crash in between leaves
 * the item in both places rather than lost. What family devices already received cannot be recalled.
 */
export function setRestricted(d: ConferenceDocs, id: string, restricted: boolean, origin: unknown = LOCAL_ORIGIN): Result {
  if (!d.professional) return fail('Only professionals can change who sees an item');
  const at = locate(d, id);
  if (!at) return fail('That item has been deleted');
  const target = restricted ? d.professional : d.shared;
  if (at.doc === target) return ok(undefined);
  const json = at.map.toJSON() as Record<string, unknown>;
  target.transact(() => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(json)) m.set(k, k === F.text ? newText(String(v ?? '')) : v);
    docs.items(target).set(id, m);
  }, origin);
  at.doc.transact(() => docs.items(at.doc).delete(id), origin);
  return ok(undefined);
}
