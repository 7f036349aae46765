import { z } from 'zod/mini';
import { sectionIdSchema } from '../rules/agenda.ts';
import { itemTextSchema } from '../schema/item.ts';
import { actionFieldsSchema, progressInputSchema } from '../schema/action.ts';
import { scoreSchema } from '../rules/scaling.ts';
import { proposedPersonSchema } from '../schema/person.ts';
import { proposedRelationshipSchema } from '../schema/relationship.ts';
import { CATEGORIES, VIEW_OPTIONS } from '../rules/decision.ts';
import { childScaleSchema, childWordsSchema } from '../rules/childVoice.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * IN1 — What participants ask the server to do (docs/api.md). The sender's identity is never in
 * the body: the server stamps it from the session. `id` is made by the client so a resend after a
 * dropped connection is applied once.
 */
const base = { id: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, v('validation.requestId'))) };
const roundId = z.string().check(z.regex(/^[a-z0-9]{8,40}$/));
const attendeeId = z.string().check(z.regex(/^[a-z0-9]{16}$/));

/** DV5: one person's view for one child, with the kind of harm for that child when they think a plan is needed. */
export const childViewSchema = z
  .object({ childId: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), view: z.enum(VIEW_OPTIONS), category: z._default(z.nullable(z.enum(CATEGORIES)), null) })
  .check(z.refine((p) => p.category === null || p.view === 'cp_plan', { message: v('validation.view.category'), path: ['category'] }));

export const viewFieldsSchema = z.object({
  perChild: z.array(childViewSchema).check(z.minLength(1, v('validation.view.perChild')), z.maxLength(12)),
  reason: z._default(z.string().check(z.trim(), z.maxLength(2000, v('validation.reason.tooLong'))), ''),
});
export type ViewFields = z.infer<typeof viewFieldsSchema>;

export const intentSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('propose_item'), section: sectionIdSchema, text: itemTextSchema }),
  z.strictObject({ ...base, type: z.literal('propose_action'), action: actionFieldsSchema }),
  // IN6: a person or a line for the family tree (step 3), to the chair's queue like any proposal.
  z.strictObject({ ...base, type: z.literal('propose_person'), person: proposedPersonSchema }),
  z.strictObject({ ...base, type: z.literal('propose_relationship'), relationship: proposedRelationshipSchema }),
  z.strictObject({ ...base, type: z.literal('submit_score'), roundId, ...scoreSchema.shape }),
  z.strictObject({ ...base, type: z.literal('record_score'), roundId, attendeeId, ...scoreSchema.shape }),
  z.strictObject({ ...base, type: z.literal('reveal_scores'), roundId }),
  z.strictObject({ ...base, type: z.literal('submit_view'), ...viewFieldsSchema.shape }),
  z.strictObject({ ...base, type: z.literal('record_view'), attendeeId, ...viewFieldsSchema.shape }),
  // CV1/CV2: the child's own words and score, from the child or on their behalf (marked so).
  z.strictObject({ ...base, type: z.literal('child_words'), ...childWordsSchema.shape }),
  z.strictObject({ ...base, type: z.literal('child_scale'), ...childScaleSchema.shape }),
  // The chair's acts that the server carries out itself, so they are checked and audited (BD5, DE5).
  z.strictObject({ ...base, type: z.literal('restrict_item'), itemId: z.string().check(z.regex(/^[a-z0-9]{8,40}$/)), restricted: z.boolean() }),
  z.strictObject({ ...base, type: z.literal('record_decision') }),
  // RV3: progress on an action of last time's plan, from the chair or the key worker (before or at the review).
  z.strictObject({ ...base, type: z.literal('record_progress'), actionId: z.string().check(z.regex(/^[a-z0-9]{8,40}$/)), ...progressInputSchema.shape }),
]);
export type Intent = z.infer<typeof intentSchema>;
export type IntentType = Intent['type'];
