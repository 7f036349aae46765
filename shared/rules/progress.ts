import type { Role } from '../schema/roles.ts';
import { viewFor } from './permissions.ts';

/**
 * RV3 — Who reports progress on last time's plan between conferences: the chair, and the key
 * worker — the professional named as key worker in the last conference's decision (or in this
 * one's, once the chair has named them), recognised by their name on this conference's invite.
 */
export function isKeyWorker(
  sender: { name: string; role: Role },
  model: { previous: { decision: { keyWorker: string } | null } | null; decision: { keyWorker: string } },
): boolean {
  if (viewFor(sender.role) !== 'professional') return false;
  const same = (a: string, b: string) => a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
  return same(sender.name, model.previous?.decision?.keyWorker ?? '') || same(sender.name, model.decision.keyWorker);
}
