import type { ActionFields } from './action.ts';
import type { ProposedPerson } from './person.ts';
import type { ProposedRelationship } from './relationship.ts';

/** The proposals queue and presence: what participants send, as the chair's devices read it. */

export const PROPOSAL_KINDS = ['item', 'action', 'person', 'relationship'] as const;
export interface Proposal {
  id: string;
  kind: (typeof PROPOSAL_KINDS)[number];
  section: string | null;
  text: string;
  action: ActionFields | null;
  /** A proposed person or line for the family tree (kinds `person` and `relationship`). */
  person: ProposedPerson | null;
  relationship: ProposedRelationship | null;
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
