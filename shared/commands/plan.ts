import * as Y from 'yjs';
import { z } from 'zod';
import { generateKeyBetween } from 'fractional-indexing';
import { F, docs, getText, newText, setText, type EntityMap } from '../schema/docLayout.ts';
import { actionFieldsSchema, type ActionFields } from '../schema/board.ts';
import { MAX_DANGER_STATEMENTS } from '../rules/agenda.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';

/**
 * Danger statements with their safety goals (step 8), the plan's actions and what happens if the
 * plan does not work (step 12). All live in the shared document: the family sees the plan.
 */

const PLAN_TEXT_MAX = 2000;
const statementSchema = z.string().trim().max(PLAN_TEXT_MAX, `Keep it to ${PLAN_TEXT_MAX} characters or fewer`);

function lastOrder(col: Y.Map<EntityMap>): string | null {
  let last: string | null = null;
  col.forEach((m) => {
    const o = m instanceof Y.Map ? m.get(F.order) : null;
    if (typeof o === 'string' && (last === null || o > last)) last = o;
  });
  return last;
}

function orderBetween(col: Y.Map<EntityMap>, after: string | null, before: string | null): string {
  try {
    return generateKeyBetween(after, before);
  } catch {
    // Concurrent moves can leave neighbours equal or out of order: put it at the end instead.
    return generateKeyBetween(lastOrder(col), null);
  }
}

/** Set a Y.Text field, merging with concurrent edits when it already exists. */
function writeText(m: EntityMap, key: typeof F.statement | typeof F.goal | typeof F.what | typeof F.howWeKnow, value: string): void {
  const t = getText(m, key);
  if (t) setText(t, value);
  else m.set(key, newText(value));
}

/** PL1 — Add a danger statement and its safety goal; at most MAX_DANGER_STATEMENTS (AG2). */
export function addDanger(d: ConferenceDocs, input: { statement: string; goal: string }, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const col = docs.dangers(d.shared);
  if (col.size >= MAX_DANGER_STATEMENTS) return fail(`There can be up to ${MAX_DANGER_STATEMENTS} danger statements. Combine or remove one first.`);
  const statement = statementSchema.safeParse(input.statement);
  const goal = statementSchema.safeParse(input.goal);
  if (!statement.success) return fail(...zodReasons(statement.error));
  if (!goal.success) return fail(...zodReasons(goal.error));
  if (!statement.data && !goal.data) return fail('Write the danger statement or the safety goal first');
  const order = generateKeyBetween(lastOrder(col), null);
  d.shared.transact(() => {
    const m = new Y.Map<unknown>();
    m.set(F.statement, newText(statement.data));
    m.set(F.goal, newText(goal.data));
    m.set(F.order, order);
    col.set(id, m);
  }, origin);
  return ok(id);
}

/** PL2 — Edit a danger statement or its safety goal. */
export function editDanger(d: ConferenceDocs, id: string, patch: { statement?: string; goal?: string }, origin: unknown = LOCAL_ORIGIN): Result {
  const m = docs.dangers(d.shared).get(id);
  if (!(m instanceof Y.Map)) return fail('That danger statement has been deleted');
  for (const v of [patch.statement, patch.goal]) {
    if (v === undefined) continue;
    const r = statementSchema.safeParse(v);
    if (!r.success) return fail(...zodReasons(r.error));
  }
  d.shared.transact(() => {
    if (patch.statement !== undefined) writeText(m, F.statement, patch.statement.trim());
    if (patch.goal !== undefined) writeText(m, F.goal, patch.goal.trim());
  }, origin);
  return ok(undefined);
}

/** PL3 — Delete a danger statement and its goal. */
export function deleteDanger(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  const col = docs.dangers(d.shared);
  if (col.has(id)) d.shared.transact(() => col.delete(id), origin);
  return ok(undefined);
}

/** PL4 — Move a danger statement between two neighbours' order keys (null for the ends). */
export function moveDanger(d: ConferenceDocs, id: string, afterOrder: string | null, beforeOrder: string | null, origin: unknown = LOCAL_ORIGIN): Result {
  const col = docs.dangers(d.shared);
  const m = col.get(id);
  if (!(m instanceof Y.Map)) return fail('That danger statement has been deleted');
  const key = orderBetween(col, afterOrder, beforeOrder);
  d.shared.transact(() => m.set(F.order, key), origin);
  return ok(undefined);
}

const newActionSchema = actionFieldsSchema.extend({ what: actionFieldsSchema.shape.what.min(1, 'Say what needs to happen') });

/** PL5 — Add an action to the plan: what, who, by when, how we will know, and the dangers it answers. */
export function addAction(d: ConferenceDocs, input: ActionFields, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = newActionSchema.safeParse(input);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const col = docs.actions(d.shared);
  const order = generateKeyBetween(lastOrder(col), null);
  d.shared.transact(() => {
    const m = new Y.Map<unknown>();
    m.set(F.what, newText(parsed.data.what));
    m.set(F.who, parsed.data.who);
    m.set(F.by, parsed.data.by);
    m.set(F.howWeKnow, newText(parsed.data.howWeKnow));
    m.set(F.links, parsed.data.links);
    m.set(F.order, order);
    col.set(id, m);
  }, origin);
  return ok(id);
}

/** PL6 — Edit some fields of an action. */
export function editAction(d: ConferenceDocs, id: string, patch: Partial<ActionFields>, origin: unknown = LOCAL_ORIGIN): Result {
  const m = docs.actions(d.shared).get(id);
  if (!(m instanceof Y.Map)) return fail('That action has been deleted');
  const parsed = newActionSchema.partial().safeParse(patch);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const p = parsed.data;
  d.shared.transact(() => {
    if (p.what !== undefined) writeText(m, F.what, p.what);
    if (p.howWeKnow !== undefined) writeText(m, F.howWeKnow, p.howWeKnow);
    if (p.who !== undefined) m.set(F.who, p.who);
    if (p.by !== undefined) m.set(F.by, p.by);
    if (p.links !== undefined) m.set(F.links, p.links);
  }, origin);
  return ok(undefined);
}

/** PL7 — Delete an action. */
export function deleteAction(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  const col = docs.actions(d.shared);
  if (col.has(id)) d.shared.transact(() => col.delete(id), origin);
  return ok(undefined);
}

/** PL8 — Move an action between two neighbours' order keys (null for the ends). */
export function moveAction(d: ConferenceDocs, id: string, afterOrder: string | null, beforeOrder: string | null, origin: unknown = LOCAL_ORIGIN): Result {
  const col = docs.actions(d.shared);
  const m = col.get(id);
  if (!(m instanceof Y.Map)) return fail('That action has been deleted');
  const key = orderBetween(col, afterOrder, beforeOrder);
  d.shared.transact(() => m.set(F.order, key), origin);
  return ok(undefined);
}

/** PL9 — What happens if the plan does not work (the contingency), as one shared text. */
export function setContingency(d: ConferenceDocs, text: string, origin: unknown = LOCAL_ORIGIN): Result {
  const parsed = statementSchema.safeParse(text);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const plan = docs.plan(d.shared);
  d.shared.transact(() => {
    const t = plan.get(F.contingency);
    if (t instanceof Y.Text) setText(t, parsed.data);
    else plan.set(F.contingency, newText(parsed.data));
  }, origin);
  return ok(undefined);
}
