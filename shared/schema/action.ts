import { z } from 'zod';
import { defineRecord, fieldKeys, type Entity } from './record.ts';

/** An action of the outline plan (step 12), linked to the danger statements it answers. Restrictable. */

const shortText = (max: number) => z.string().trim().max(max);

/** What the chair writes, and what a participant proposes. */
export const actionFieldsSchema = z.object({
  what: shortText(1000),
  who: shortText(200),
  by: shortText(40),
  howWeKnow: shortText(1000),
  links: z.array(z.string().max(40)).max(10),
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

export const actionSchema = z.object({
  what: z.string().catch(''),
  who: z.string().catch(''),
  by: z.string().catch(''),
  howWeKnow: z.string().catch(''),
  /** Danger statement ids. In the shared document only ids of shared ones (docs/document.md, "Links"). */
  links: z.array(z.string()).catch([]),
  order: z.string().catch('a0'),
});
export type ActionRecord = z.infer<typeof actionSchema>;
export type PlanAction = Entity<ActionRecord>;
export const ACTION_FIELDS = fieldKeys(actionSchema);

export const ACTION = defineRecord({ collection: 'actions', noun: 'action', schema: actionSchema, text: ['what', 'howWeKnow'], links: ['links'], restrictable: true });
