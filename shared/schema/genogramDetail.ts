import { z } from 'zod/mini';
import { defineRecord, fieldKeys } from './record.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * A detail about a person, a household or a network member: a short note ("works nights",
 * "in prison since 2023") or an address. Each is its own entity so that one detail can be
 * professionals only while the person it belongs to is not.
 */

export const DETAIL_KINDS = ['note', 'address'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

export const detailFieldsSchema = z.object({
  of: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  kind: z.enum(DETAIL_KINDS),
  text: z.string().check(z.trim(), z.minLength(1, v('validation.detail.text')), z.maxLength(200, v('validation.tooLong'))),
});
export type DetailFields = z.infer<typeof detailFieldsSchema>;

export const detailSchema = z.object({
  of: z.string().check(z.minLength(1)),
  kind: z.catch(z.enum(DETAIL_KINDS), 'note'),
  text: z.string().check(z.minLength(1)),
});
export const DETAIL_FIELDS = fieldKeys(detailSchema);
/** A detail belongs to what it describes: professionals only whenever that is (RS7). */
export const DETAIL = defineRecord({ collection: 'details', noun: 'detail', schema: detailSchema, text: [], links: [], owners: ['of'], restrictable: true });

export interface Detail extends DetailFields {
  id: string;
  restricted: boolean;
}
