import * as Y from 'yjs';
import { F, docs, isRecord } from '../schema/docLayout.ts';
import { actionFieldsSchema, type ActionFields } from '../schema/action.ts';
import { type Source } from '../schema/item.ts';
import { fail, ok, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { addItem } from './items.ts';
import { addAction } from './plan.ts';
import { addPerson } from './genogram.ts';
import { addRelationship } from './relationships.ts';
import { proposedPersonSchema } from '../schema/person.ts';
import { proposedRelationshipSchema } from '../schema/relationship.ts';

/**
 * The chair's queue of what participants proposed (it lives in the professional document, so
 * family devices never see who proposed what). Accepting adds the item or action through the
 * ordinary commands and marks the proposal accepted; nothing is added twice.
 */

function pending(d: ConferenceDocs, id: string): Result<Y.Map<unknown>> {
  if (!d.professional) return fail(msg('commands.proposals.onlyStaff'));
  const m = docs.proposals(d.professional).get(id);
  if (!(m instanceof Y.Map)) return fail(msg('commands.proposals.gone'));
  if (m.get(F.status) !== 'pending') return fail(msg('commands.proposals.answered'));
  return ok(m);
}

export interface AcceptItem {
  /** The section and text as the chair may have edited them. */
  section: string;
  text: string;
  source: Source;
  restricted: boolean;
  addedBy: string;
}

/** PP1 — Accept a proposed board item, optionally edited, and add it to the board. */
export function acceptItemProposal(d: ConferenceDocs, id: string, input: AcceptItem, origin: unknown = LOCAL_ORIGIN): Result<string> {
  const found = pending(d, id);
  if (!found.ok) return found;
  if (found.value.get(F.kind) === 'action') return fail(msg('commands.proposals.isAction'));
  const added = addItem(d, input, origin);
  if (!added.ok) return added;
  d.professional!.transact(() => found.value.set(F.status, 'accepted'), origin);
  return added;
}

/** PP2 — Accept a proposed plan action, optionally edited, and add it to the plan (professionals only when `restricted`). */
export function acceptActionProposal(d: ConferenceDocs, id: string, edited: ActionFields | null, restricted: boolean, origin: unknown = LOCAL_ORIGIN): Result<string> {
  const found = pending(d, id);
  if (!found.ok) return found;
  const raw = edited ?? found.value.get(F.action);
  const action = actionFieldsSchema.safeParse(isRecord(raw) || edited ? raw : null);
  if (!action.success) return fail(msg('commands.proposals.incompleteAction'));
  const added = addAction(d, { ...action.data, restricted }, origin);
  if (!added.ok) return added;
  d.professional!.transact(() => found.value.set(F.status, 'accepted'), origin);
  return added;
}

/** PP3 — Decline a proposal: it leaves the queue and nothing is added. */
export function declineProposal(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  const found = pending(d, id);
  if (!found.ok) return found;
  d.professional!.transact(() => found.value.set(F.status, 'declined'), origin);
  return ok(undefined);
}

/**
 * PP4 — Accept a proposed person or line for the family tree: it is added through the genogram's
 * own commands, so the rules (GN1–GN5) apply as if the chair had drawn it; a refusal leaves the
 * proposal in the queue with the reason.
 */
export function acceptGenogramProposal(d: ConferenceDocs, id: string, restricted: boolean, origin: unknown = LOCAL_ORIGIN): Result<string> {
  const found = pending(d, id);
  if (!found.ok) return found;
  const person = proposedPersonSchema.safeParse(found.value.get(F.person));
  const line = proposedRelationshipSchema.safeParse(found.value.get(F.relationship));
  const added = person.success
    ? addPerson(d, person.data, { restricted }, origin)
    : line.success
      ? addRelationship(d, line.data, restricted, origin)
      : fail(msg('commands.proposals.notGenogram'));
  if (!added.ok) return added;
  d.professional!.transact(() => found.value.set(F.status, 'accepted'), origin);
  return added;
}
