import { z } from 'zod/mini';
import { defineRecord, fieldKeys, type Entity } from './record.ts';
import { v } from '../i18n/zodErrors.ts';

/** A danger statement with its safety goal (step 8; at most MAX_DANGER_STATEMENTS). Restrictable. */

export const DANGER_TEXT_MAX = 2000;
export const dangerTextSchema = z.string().check(z.trim(), z.maxLength(DANGER_TEXT_MAX, v('validation.tooLong')));

export const dangerSchema = z.object({
  statement: z.catch(z.string(), ''),
  goal: z.catch(z.string(), ''),
  order: z.catch(z.string(), 'a0'),
  /** RV1: carried forward from the last conference (the review goes over it again). */
  carried: z.catch(z.boolean(), false),
});
export type DangerRecord = z.infer<typeof dangerSchema>;
export type DangerStatement = Entity<DangerRecord>;
export const DANGER_FIELDS = fieldKeys(dangerSchema);

export const DANGER = defineRecord({ collection: 'dangers', noun: 'danger statement', schema: dangerSchema, text: ['statement', 'goal'], links: [], restrictable: true });
