import { z } from 'zod/mini';
import { defineRecord, fieldKeys, type Entity } from './record.ts';
import { v } from '../i18n/zodErrors.ts';
import { msg, type Msg } from '../i18n/messages.ts';

/**
 * One entry of the contingency plan (step 12): what might happen, and what we will do then.
 * Each is its own entity so one confidential line can be professionals only. Restrictable.
 * Migration 2 turned the old single contingency text into one entry.
 */

export const CONTINGENCY_TEXT_MAX = 2000;
export const contingencyTextSchema = z.string().check(z.trim(), z.maxLength(CONTINGENCY_TEXT_MAX, v('validation.tooLong')));

export const contingencySchema = z.object({
  mightHappen: z.catch(z.string(), ''),
  weWill: z.catch(z.string(), ''),
  order: z.catch(z.string(), 'a0'),
});
export type ContingencyRecord = z.infer<typeof contingencySchema>;
export type ContingencyEntry = Entity<ContingencyRecord>;
export const CONTINGENCY_FIELDS = fieldKeys(contingencySchema);

/**
 * Migration 2 wrote this English line as the "what might happen" of the entry it made from an old
 * document's single contingency text (that text answered "what if things do not get better").
 * Screens and the record show it in the reader's language; the document keeps it as written.
 */
const MIGRATED_TRIGGER = 'Things do not get better quickly enough';

/** What might happen, for reading: migration 2's line as a message in the reader's language, anything typed as written. */
export function triggerText(mightHappen: string): Msg | string {
  return mightHappen.trim() === MIGRATED_TRIGGER ? msg('plan.contingency.migratedTrigger') : mightHappen;
}

export const CONTINGENCY = defineRecord({
  collection: 'contingency',
  noun: 'contingency entry',
  schema: contingencySchema,
  text: ['mightHappen', 'weWill'],
  links: [],
  restrictable: true,
});
