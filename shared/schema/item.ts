import { z } from 'zod/mini';
import { defineRecord, fieldKeys, type Entity } from './record.ts';
import { v } from '../i18n/zodErrors.ts';
import { translate } from '../i18n/translate.ts';
import type { Locale } from '../i18n/locale.ts';
import { ATTENDEE_ROLES, type AttendeeRole } from './roles.ts';

/** A board item: something said in one section of the board (steps 3–7). Restrictable. */

const shortText = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/**
 * Who said it: a person and their agency, as the chair records it. `role`: when an accepted proposal's
 * sender has no agency, their role (an id), so each reader sees it in their own language.
 */
export const sourceSchema = z.object({ name: shortText(120), agency: shortText(120), role: z.optional(z.string().check(z.maxLength(40))) });
export type Source = z.infer<typeof sourceSchema>;

/** Who said it, second part: the agency as typed, or the sender's role in `locale` (an unknown role as written). */
export function sourceAgency(source: { agency: string; role?: string | undefined }, locale: Locale): string {
  if (source.agency || !source.role) return source.agency;
  return (ATTENDEE_ROLES as readonly string[]).includes(source.role) ? translate(locale, { id: `role.${source.role as AttendeeRole}` }) : source.role;
}

export const INCIDENT_KINDS = ['first', 'worst', 'last'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/**
 * Optional fields some sections use: incidents have a date and kind; reports have received and
 * shared dates; the Three Houses say whose house (`childId`, CV1) and, when someone wrote the
 * child's words for them, who (`enteredByName`, `enteredByRole`, CV2).
 */
export const itemDetailsSchema = z.partial(
  z.object({
    incidentKind: z.nullable(z.enum(INCIDENT_KINDS)),
    date: z.nullable(isoDate),
    receivedOn: z.nullable(isoDate),
    sharedOn: z.nullable(isoDate),
    childId: z.nullable(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
    /** Items stored before issue 13: the line in English (read by `enteredByOf`); new items keep the facts below. */
    enteredBy: z.nullable(z.string().check(z.maxLength(300))),
    enteredByName: z.nullable(shortText(120)),
    enteredByRole: z.nullable(z.string().check(z.regex(/^[a-z_]{1,40}$/))),
  }),
);
export type ItemDetails = z.infer<typeof itemDetailsSchema>;

export const ITEM_TEXT_MAX = 4000;
export const itemTextSchema = z.string().check(z.trim(), z.minLength(1, v('validation.text.required')), z.maxLength(ITEM_TEXT_MAX, v('validation.tooLong')));

/** The stored item. An item without a section cannot be placed on the board, so it is dropped on read. */
export const itemSchema = z.object({
  section: z.string().check(z.minLength(1)),
  text: z.catch(z.string(), ''),
  source: z.catch(z.object({ name: z.string(), agency: z.string(), role: z.catch(z.optional(z.string()), undefined) }), { name: '', agency: '' }),
  details: z.catch(itemDetailsSchema, {}),
  addedAt: z.catch(z.string(), ''),
  addedBy: z.catch(z.string(), ''),
  order: z.catch(z.string(), 'a0'),
});
export type ItemRecord = z.infer<typeof itemSchema>;
export type Item = Entity<ItemRecord>;
export const ITEM_FIELDS = fieldKeys(itemSchema);

export const ITEM = defineRecord({ collection: 'items', noun: 'item', schema: itemSchema, text: ['text'], links: [], restrictable: true });
