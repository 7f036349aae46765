import { z } from 'zod';
import { defineRecord, fieldKeys, type Entity } from './record.ts';
import { v } from '../i18n/zodErrors.ts';
import { translate } from '../i18n/translate.ts';
import type { Locale } from '../i18n/locale.ts';
import { ATTENDEE_ROLES, type AttendeeRole } from './roles.ts';

/** A board item: something said in one section of the board (steps 3–7). Restrictable. */

const shortText = (max: number) => z.string().trim().max(max);

/**
 * Who said it: a person and their agency, as the chair records it. `role`: when an accepted proposal's
 * sender has no agency, their role (an id), so each reader sees it in their own language.
 */
export const sourceSchema = z.object({ name: shortText(120), agency: shortText(120), role: z.string().max(40).optional() });
export type Source = z.infer<typeof sourceSchema>;

/** Who said it, second part: the agency as typed, or the sender's role in `locale` (an unknown role as written). */
export function sourceAgency(source: { agency: string; role?: string | undefined }, locale: Locale): string {
  if (source.agency || !source.role) return source.agency;
  return (ATTENDEE_ROLES as readonly string[]).includes(source.role) ? translate(locale, { id: `role.${source.role as AttendeeRole}` }) : source.role;
}

export const INCIDENT_KINDS = ['first', 'worst', 'last'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * Optional fields some sections use: incidents have a date and kind; reports have received and
 * shared dates; the Three Houses say whose house (`childId`, CV1) and, when someone wrote the
 * child's words for them, who (`enteredByName`, `enteredByRole`, CV2).
 */
export const itemDetailsSchema = z
  .object({
    incidentKind: z.enum(INCIDENT_KINDS).nullable(),
    date: isoDate.nullable(),
    receivedOn: isoDate.nullable(),
    sharedOn: isoDate.nullable(),
    childId: z.string().regex(/^[a-z0-9-]{1,40}$/).nullable(),
    /** Items stored before issue 13: the line in English (read by `enteredByOf`); new items keep the facts below. */
    enteredBy: z.string().max(300).nullable(),
    enteredByName: shortText(120).nullable(),
    enteredByRole: z.string().regex(/^[a-z_]{1,40}$/).nullable(),
  })
  .partial();
export type ItemDetails = z.infer<typeof itemDetailsSchema>;

export const ITEM_TEXT_MAX = 4000;
export const itemTextSchema = z.string().trim().min(1, v('validation.text.required')).max(ITEM_TEXT_MAX, v('validation.tooLong'));

/** The stored item. An item without a section cannot be placed on the board, so it is dropped on read. */
export const itemSchema = z.object({
  section: z.string().min(1),
  text: z.string().catch(''),
  source: z.object({ name: z.string(), agency: z.string(), role: z.string().optional().catch(undefined) }).catch({ name: '', agency: '' }),
  details: itemDetailsSchema.catch({}),
  addedAt: z.string().catch(''),
  addedBy: z.string().catch(''),
  order: z.string().catch('a0'),
});
export type ItemRecord = z.infer<typeof itemSchema>;
export type Item = Entity<ItemRecord>;
export const ITEM_FIELDS = fieldKeys(itemSchema);

export const ITEM = defineRecord({ collection: 'items', noun: 'item', schema: itemSchema, text: ['text'], links: [], restrictable: true });
