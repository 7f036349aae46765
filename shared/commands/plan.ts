import { z } from 'zod/mini';
import { DANGER, DANGER_FIELDS as DK, dangerTextSchema } from '../schema/danger.ts';
import { ACTION, ACTION_FIELDS as AK, actionFieldsSchema, type ActionFields } from '../schema/action.ts';
import { writeTextField } from '../schema/record.ts';
import { MAX_DANGER_STATEMENTS } from '../rules/agenda.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { addEntity, allMaps, deleteEntity, locateIn, moveEntity, orderAfterLast, setLinks } from './restriction.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * Danger statements with their safety goals (step 8) and the plan's actions (step 12). Each can be
 * professionals only (RS3: the `restricted` flag says where a new one goes; the add forms default it
 * to the closed session, RS5). The contingency plan is in `contingency.ts`.
 */

/** PL1 — Add a danger statement and its safety goal; at most MAX_DANGER_STATEMENTS (AG2), counting restricted ones. */
export function addDanger(d: ConferenceDocs, input: { statement: string; goal: string; restricted: boolean }, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  if (allMaps(d, DANGER).length >= MAX_DANGER_STATEMENTS) return fail(msg('commands.plan.tooManyDangers', { max: MAX_DANGER_STATEMENTS }));
  const statement = dangerTextSchema.safeParse(input.statement);
  const goal = dangerTextSchema.safeParse(input.goal);
  if (!statement.success) return fail(...zodReasons(statement.error));
  if (!goal.success) return fail(...zodReasons(goal.error));
  if (!statement.data && !goal.data) return fail(msg('commands.plan.dangerEmpty'));
  return addEntity(d, DANGER, id, { [DK.statement]: statement.data, [DK.goal]: goal.data, [DK.order]: orderAfterLast(d, DANGER) }, input.restricted, origin);
}

/** PL2 — Edit a danger statement or its safety goal. */
export function editDanger(d: ConferenceDocs, id: string, patch: { statement?: string; goal?: string }, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, DANGER, id);
  if (!at) return fail(msg('commands.plan.dangerGone'));
  for (const v of [patch.statement, patch.goal]) {
    if (v === undefined) continue;
    const r = dangerTextSchema.safeParse(v);
    if (!r.success) return fail(...zodReasons(r.error));
  }
  at.doc.transact(() => {
    if (patch.statement !== undefined) writeTextField(at.map, DK.statement, patch.statement.trim());
    if (patch.goal !== undefined) writeTextField(at.map, DK.goal, patch.goal.trim());
  }, origin);
  return ok(undefined);
}

/** PL3 — Delete a danger statement and its goal. */
export function deleteDanger(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  return deleteEntity(d, DANGER, id, origin);
}

/** PL4 — Move a danger statement between two neighbours' order keys (null for the ends). */
export function moveDanger(d: ConferenceDocs, id: string, afterOrder: string | null, beforeOrder: string | null, origin: unknown = LOCAL_ORIGIN): Result {
  return moveEntity(d, DANGER, id, afterOrder, beforeOrder, origin);
}

const newActionSchema = z.extend(actionFieldsSchema, { what: actionFieldsSchema.shape.what.check(z.minLength(1, v('validation.action.what'))) });

/**
 * PL5 — Add an action to the plan: what, who, by when, how we will know, and the dangers it answers.
 * A shared action's links to restricted danger statements are kept out of the shared document (RS4).
 */
export function addAction(d: ConferenceDocs, input: ActionFields & { restricted: boolean }, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = newActionSchema.safeParse(input);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const a = parsed.data;
  return addEntity(d, ACTION, id, {
    [AK.what]: a.what,
    [AK.who]: a.who,
    [AK.by]: a.by,
    [AK.howWeKnow]: a.howWeKnow,
    [AK.links]: a.links,
    [AK.order]: orderAfterLast(d, ACTION),
  }, input.restricted, origin);
}

/** PL6 — Edit some fields of an action. */
export function editAction(d: ConferenceDocs, id: string, patch: Partial<ActionFields>, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, ACTION, id);
  if (!at) return fail(msg('commands.plan.actionGone'));
  const parsed = z.partial(newActionSchema).safeParse(patch);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const p = parsed.data;
  at.doc.transact(() => {
    if (p.what !== undefined) writeTextField(at.map, AK.what, p.what);
    if (p.howWeKnow !== undefined) writeTextField(at.map, AK.howWeKnow, p.howWeKnow);
    if (p.who !== undefined) at.map.set(AK.who, p.who);
    if (p.by !== undefined) at.map.set(AK.by, p.by);
  }, origin);
  if (p.links !== undefined) setLinks(d, at, id, AK.links, p.links, origin);
  return ok(undefined);
}

/** PL7 — Delete an action. */
export function deleteAction(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  return deleteEntity(d, ACTION, id, origin);
}

/** PL8 — Move an action between two neighbours' order keys (null for the ends). */
export function moveAction(d: ConferenceDocs, id: string, afterOrder: string | null, beforeOrder: string | null, origin: unknown = LOCAL_ORIGIN): Result {
  return moveEntity(d, ACTION, id, afterOrder, beforeOrder, origin);
}
