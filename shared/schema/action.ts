import { z } from 'zod/mini';
import { defineRecord, fieldKeys, type Entity } from './record.ts';
import { v } from '../i18n/zodErrors.ts';

/** An action of the outline plan (step 12), linked to the danger statements it answers. Restrictable. */

const shortText = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** What the chair writes, and what a participant proposes. */
export const actionFieldsSchema = z.object({
  what: shortText(1000),
  who: shortText(200),
  by: shortText(40),
  howWeKnow: shortText(1000),
  links: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)),
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

/**
 * RV3 — How an action carried forward from the last conference has gone, as the core group reports
 * it before or at the review. Stored values: never rename one.
 */
export const PROGRESS_STATES = ['done', 'partly_done', 'not_done', 'no_longer_needed'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];
export const progressInputSchema = z.object({
  progress: z.enum(PROGRESS_STATES, { message: v('validation.action.progress') }),
  note: z.string().check(z.trim(), z.maxLength(1000, v('validation.comment.tooLong'))),
});
export type ProgressInput = z.infer<typeof progressInputSchema>;

export const actionSchema = z.object({
  what: z.catch(z.string(), ''),
  who: z.catch(z.string(), ''),
  by: z.catch(z.string(), ''),
  howWeKnow: z.catch(z.string(), ''),
  /** Danger statement ids. In the shared document only ids of shared ones (docs/document.md, "Links"). */
  links: z.catch(z.array(z.string()), []),
  order: z.catch(z.string(), 'a0'),
  /** RV1: carried forward from the last conference's plan (progress is reported only on these). */
  carried: z.catch(z.boolean(), false),
  /** RV3: null until someone reports it. */
  progress: z.catch(z.nullable(z.enum(PROGRESS_STATES)), null),
  progressNote: z.catch(z.string(), ''),
  /** Who last reported progress, and when (from the session: the chair or the key worker). */
  progressBy: z.catch(z.string(), ''),
  progressAt: z.catch(z.string(), ''),
});
export type ActionRecord = z.infer<typeof actionSchema>;
export type PlanAction = Entity<ActionRecord>;
export const ACTION_FIELDS = fieldKeys(actionSchema);

export const ACTION = defineRecord({ collection: 'actions', noun: 'action', schema: actionSchema, text: ['what', 'howWeKnow'], links: ['links'], restrictable: true });
