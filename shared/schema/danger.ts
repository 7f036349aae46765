import { z } from 'zod';
import { defineRecord, fieldKeys, type Entity } from './record.ts';
import { v } from '../i18n/zodErrors.ts';

/** A danger statement with its safety goal (step 8; at most MAX_DANGER_STATEMENTS). Restrictable. */

export const DANGER_TEXT_MAX = 2000;
export const dangerTextSchema = z.string().trim().max(DANGER_TEXT_MAX, v('validation.tooLong'));

export const dangerSchema = z.object({
  statement: z.string().catch(''),
  goal: z.string().catch(''),
  order: z.string().catch('a0'),
  /** RV1: carried forward from the last conference (the review goes over it again). */
  carried: z.boolean().catch(false),
});
export type DangerRecord = z.infer<typeof dangerSchema>;
export type DangerStatement = Entity<DangerRecord>;
export const DANGER_FIELDS = fieldKeys(dangerSchema);

export const DANGER = defineRecord({ collection: 'dangers', noun: 'danger statement', schema: dangerSchema, text: ['statement', 'goal'], links: [], restrictable: true });
