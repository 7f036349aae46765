import { CONTINGENCY, CONTINGENCY_FIELDS as K, contingencyTextSchema } from '../schema/contingency.ts';
import { writeTextField } from '../schema/record.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { addEntity, deleteEntity, locateIn, moveEntity, orderAfterLast } from './restriction.ts';

/**
 * The contingency plan (step 12): entries of "if this happens → this is what we will do", each its
 * own entity so that one can be professionals only (RS3) without hiding the rest.
 */

export interface ContingencyFields {
  mightHappen: string;
  weWill: string;
}

function check(fields: Partial<ContingencyFields>): Result<Partial<ContingencyFields>> {
  const out: Partial<ContingencyFields> = {};
  for (const k of [K.mightHappen, K.weWill] as const) {
    if (fields[k] === undefined) continue;
    const r = contingencyTextSchema.safeParse(fields[k]);
    if (!r.success) return fail(...zodReasons(r.error));
    out[k] = r.data;
  }
  return ok(out);
}

/** PL9 — Add an entry to the contingency plan. */
export function addContingency(d: ConferenceDocs, input: ContingencyFields & { restricted: boolean }, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const c = check(input);
  if (!c.ok) return c;
  if (!c.value.mightHappen && !c.value.weWill) return fail(msg('commands.contingency.empty'));
  return addEntity(d, CONTINGENCY, id, { [K.mightHappen]: c.value.mightHappen, [K.weWill]: c.value.weWill, [K.order]: orderAfterLast(d, CONTINGENCY) }, input.restricted, origin);
}

/** PL10 — Edit what might happen or what we will do. Text edits merge with concurrent edits. */
export function editContingency(d: ConferenceDocs, id: string, patch: Partial<ContingencyFields>, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, CONTINGENCY, id);
  if (!at) return fail(msg('commands.contingency.deleted'));
  const c = check(patch);
  if (!c.ok) return c;
  at.doc.transact(() => {
    for (const [k, v] of Object.entries(c.value)) writeTextField(at.map, k, v);
  }, origin);
  return ok(undefined);
}

/** PL11 — Delete a contingency entry. */
export function deleteContingency(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  return deleteEntity(d, CONTINGENCY, id, origin);
}

/** PL12 — Move a contingency entry between two neighbours' order keys (null for the ends). */
export function moveContingency(d: ConferenceDocs, id: string, afterOrder: string | null, beforeOrder: string | null, origin: unknown = LOCAL_ORIGIN): Result {
  return moveEntity(d, CONTINGENCY, id, afterOrder, beforeOrder, origin);
}
