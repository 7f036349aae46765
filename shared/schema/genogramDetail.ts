import { z } from 'zod';

/**
 * A detail about a person, a household or a network member: a short note ("works nights",
 * "in prison since 2023") or an address. Each is its own entity so that one detail can be
 * professionals only while the person it belongs to is not.
 */

export const DETAIL_KINDS = ['note', 'address'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

export const detailFieldsSchema = z.object({
  of: z.string().regex(/^[a-z0-9-]{1,40}$/),
  kind: z.enum(DETAIL_KINDS),
  text: z.string().trim().min(1, 'Write the detail first').max(200, 'Keep it to 200 characters or fewer'),
});
export type DetailFields = z.infer<typeof detailFieldsSchema>;

export interface Detail extends DetailFields {
  id: string;
  restricted: boolean;
}
