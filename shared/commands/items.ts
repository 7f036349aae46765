import { writeTextField } from '../schema/record.ts';
import { ITEM, ITEM_FIELDS as K, itemDetailsSchema, itemTextSchema, sourceSchema, type ItemDetails, type Source } from '../schema/item.ts';
import { sectionIdSchema } from '../rules/agenda.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { addEntity, deleteEntity, locateIn, orderAfterLast, orderBetween } from './restriction.ts';

export interface NewItem {
  section: string;
  text: string;
  source: Source;
  details?: ItemDetails;
  restricted: boolean;
  addedBy: string;
}

const inSection = (section: unknown) => (m: { get(k: string): unknown }) => m.get(K.section) === section;

/** BD1 — Add an item to a section. Restricted items go straight to the professional document (RS3). */
export function addItem(d: ConferenceDocs, input: NewItem, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const section = sectionIdSchema.safeParse(input.section);
  if (!section.success) return fail(msg('commands.items.chooseSection'));
  const text = itemTextSchema.safeParse(input.text);
  if (!text.success) return fail(...zodReasons(text.error));
  const source = sourceSchema.safeParse(input.source);
  if (!source.success) return fail(...zodReasons(source.error));
  const details = itemDetailsSchema.safeParse(input.details ?? {});
  if (!details.success) return fail(msg('commands.items.checkDates'));
  if (input.restricted && !d.professional) return fail(msg('commands.items.restrictedOnlyProfessionals'));
  return addEntity(d, ITEM, id, {
    [K.section]: section.data,
    [K.text]: text.data,
    [K.source]: source.data,
    [K.details]: details.data,
    [K.addedAt]: new Date().toISOString(),
    [K.addedBy]: input.addedBy,
    [K.order]: orderAfterLast(d, ITEM, inSection(section.data)),
  }, input.restricted, origin);
}

/** BD2 — Edit an item's text, source or details. Text edits merge with concurrent edits. */
export function editItem(
  d: ConferenceDocs,
  id: string,
  patch: { text?: string; source?: Source; details?: ItemDetails },
  origin: unknown = LOCAL_ORIGIN,
): Result {
  const at = locateIn(d, ITEM, id);
  if (!at) return fail(msg('commands.items.deleted'));
  if (patch.text !== undefined) {
    const t = itemTextSchema.safeParse(patch.text);
    if (!t.success) return fail(...zodReasons(t.error));
  }
  if (patch.source && !sourceSchema.safeParse(patch.source).success) return fail(msg('commands.items.sourceTooLong'));
  if (patch.details && !itemDetailsSchema.safeParse(patch.details).success) return fail(msg('commands.items.checkDatesShort'));
  at.doc.transact(() => {
    if (patch.text !== undefined) writeTextField(at.map, K.text, patch.text.trim());
    if (patch.source) at.map.set(K.source, patch.source);
    if (patch.details) at.map.set(K.details, patch.details);
  }, origin);
  return ok(undefined);
}

/** BD3 — Move an item between two neighbours' order keys (null for the ends of its section). */
export function moveItem(d: ConferenceDocs, id: string, afterOrder: string | null, beforeOrder: string | null, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, ITEM, id);
  if (!at) return fail(msg('commands.items.deleted'));
  const key = orderBetween(d, ITEM, afterOrder, beforeOrder, inSection(at.map.get(K.section)));
  at.doc.transact(() => at.map.set(K.order, key), origin);
  return ok(undefined);
}

/** BD4 — Delete an item for everyone. */
export function deleteItem(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  return deleteEntity(d, ITEM, id, origin);
}
