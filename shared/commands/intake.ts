import * as Y from 'yjs';
import { F, docs } from '../schema/docLayout.ts';
import type { ActionFields } from '../schema/action.ts';
import type { ProposedPerson } from '../schema/person.ts';
import type { ProposedRelationship } from '../schema/relationship.ts';
import type { ViewFields } from '../intents/index.ts';
import { SERVER_ORIGIN } from './docs.ts';
import { fail, ok, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';

/** Who sent an intent, as the server stamps it from the session. */
export interface Sender {
  attendeeId: string;
  name: string;
  role: string;
}

/**
 * IN2 — Server only: a participant's proposal waits in the chair's queue in the professional document.
 * The same sender sending the same id again changes nothing (a resend); another sender's proposal
 * under that id is never overwritten or silently dropped: it fails, so the server can say so (409).
 */
export function addProposal(
  professional: Y.Doc,
  id: string,
  p:
    | { kind: 'item'; section: string; text: string }
    | { kind: 'action'; action: ActionFields }
    | { kind: 'person'; person: ProposedPerson; text: string }
    | { kind: 'relationship'; relationship: ProposedRelationship; text: string },
  by: Sender,
  origin: unknown = SERVER_ORIGIN,
): Result {
  const existing = docs.proposals(professional).get(id);
  if (existing instanceof Y.Map) {
    const sender = existing.get(F.proposedBy) as Partial<Sender> | undefined;
    return sender?.attendeeId === by.attendeeId ? ok(undefined) : fail(msg('commands.intake.idInUse'));
  }
  if (existing !== undefined) return fail(msg('commands.intake.idInUse'));
  professional.transact(() => {
    const m = new Y.Map<unknown>();
    m.set(F.kind, p.kind);
    m.set(F.section, p.kind === 'item' ? p.section : null);
    m.set(F.text, p.kind === 'action' ? p.action.what : p.text);
    m.set(F.action, p.kind === 'action' ? p.action : null);
    if (p.kind === 'person') m.set(F.person, p.person);
    if (p.kind === 'relationship') m.set(F.relationship, p.relationship);
    m.set(F.proposedBy, by);
    m.set(F.at, new Date().toISOString());
    m.set(F.status, 'pending');
    docs.proposals(professional).set(id, m);
  }, origin);
  return ok(undefined);
}

/** IN3 — Server only: record a person's view on the plan (family views are recorded and marked, never counted). */
export function putView(shared: Y.Doc, by: Sender & { family: boolean; onBehalf: boolean }, view: ViewFields, origin: unknown = SERVER_ORIGIN): void {
  shared.transact(() => {
    const m = new Y.Map<unknown>();
    m.set(F.name, by.name);
    m.set(F.role, by.role);
    m.set(F.family, by.family);
    m.set(F.perChild, view.perChild);
    m.set(F.reason, view.reason);
    m.set(F.onBehalf, by.onBehalf);
    m.set(F.at, new Date().toISOString());
    docs.views(shared).set(by.attendeeId, m);
  }, origin);
}
