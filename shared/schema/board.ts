import { z } from 'zod';

/** Record types that live in the conference documents. Text fields are Y.Text in the document. */

const shortText = (max: number) => z.string().trim().max(max);

/** Who said it: a person and their agency, as the chair records it. */
export const sourceSchema = z.object({ name: shortText(120), agency: shortText(120) });
export type Source = z.infer<typeof sourceSchema>;

export const INCIDENT_KINDS = ['first', 'worst', 'last'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Optional fields some sections use: incidents have a date and kind; reports have received and shared dates. */
export const itemDetailsSchema = z
  .object({
    incidentKind: z.enum(INCIDENT_KINDS).nullable(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    sharedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  })
  .partial();
export type ItemDetails = z.infer<typeof itemDetailsSchema>;

export const ITEM_TEXT_MAX = 4000;
export const itemTextSchema = z.string().trim().min(1, 'Write something first').max(ITEM_TEXT_MAX, `Keep it under ${ITEM_TEXT_MAX} characters`);

/** A board item as the model exposes it (frozen). */
export interface Item {
  id: string;
  section: string;
  text: string;
  source: Source;
  details: ItemDetails;
  addedAt: string;
  addedBy: string;
  order: string;
  restricted: boolean;
}

export interface DangerStatement {
  id: string;
  statement: string;
  goal: string;
  order: string;
}

export interface PlanAction {
  id: string;
  what: string;
  who: string;
  by: string;
  howWeKnow: string;
  links: string[];
  order: string;
}

export const actionFieldsSchema = z.object({
  what: shortText(1000),
  who: shortText(200),
  by: shortText(40),
  howWeKnow: shortText(1000),
  links: z.array(z.string().max(40)).max(10),
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

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
