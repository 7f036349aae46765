import type { ActionFields } from './action.ts';

/** The proposals queue and presence: what participants send, as the chair's devices read it. */

export const PROPOSAL_KINDS = ['item', 'action'] as const;
export interface Proposal {
  id: string;
  kind: (typeof PROPOSAL_KINDS)[number];
  section: string | null;
  text: string;
  action: ActionFields | null;
  proposedBy: { attendeeId: string; name: string; role: string };
  at: string;
  status: 'pending' | 'accepted' | 'declined';
}

/** Presence people see in the room; the server overwrites `user` from the session. */
export interface PresenceUser {
  id: string;
  name: string;
  role: string;
}
