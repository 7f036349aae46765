import { z } from 'zod/mini';
import { defineRecord, fieldKeys } from './record.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * A line on the genogram between two people. One entity in `relationships`: never half-made (both
 * ends are written in the same transaction as the relationship, and checked by rules GN1–GN6).
 * - `partner`: a couple (a and b in either order), with how they are now;
 * - `parent`: a is the parent of b, with how (birth, adopted, fostered, step, kinship care);
 * - `twin`: a and b are twins (their sibling lines meet at one point);
 * - `tie`: an emotional tie that matters for the children, drawn in the usual line styles.
 */

export const RELATIONSHIP_KINDS = ['partner', 'parent', 'twin', 'tie'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const PARTNER_TYPES = ['married', 'cohabiting', 'separated', 'divorced', 'widowed'] as const;
export const PARENT_TYPES = ['birth', 'adopted', 'fostered', 'step', 'kinship'] as const;
export const TWIN_TYPES = ['identical', 'non_identical'] as const;
export const TIE_TYPES = ['close', 'distant', 'conflictual', 'abusive', 'cut_off', 'coercive'] as const;

export const RELATIONSHIP_TYPES: Record<RelationshipKind, readonly string[]> = {
  partner: PARTNER_TYPES,
  parent: PARENT_TYPES,
  twin: TWIN_TYPES,
  tie: TIE_TYPES,
};

/** Plain words for each type, as the list view and the legend say them. */
export const TYPE_LABELS: Record<string, string> = {
  married: 'married',
  cohabiting: 'living together',
  separated: 'separated',
  divorced: 'divorced',
  widowed: 'widowed',
  birth: 'birth',
  adopted: 'adopted',
  fostered: 'fostered',
  step: 'step',
  kinship: 'kinship care',
  identical: 'identical twins',
  non_identical: 'twins',
  close: 'close',
  distant: 'distant',
  conflictual: 'conflict',
  abusive: 'abusive or violent',
  cut_off: 'cut off',
  coercive: 'coercive control',
};

const personId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, v('validation.relationship.person')));

export const relationshipFieldsSchema = z
  .object({
    kind: z.enum(RELATIONSHIP_KINDS),
    a: personId,
    b: personId,
    type: z.string(),
    /** Years or a short phrase ("married 2014, separated 2017"). */
    since: z.string().check(z.trim(), z.maxLength(60, v('validation.dates.tooLong'))),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (!RELATIONSHIP_TYPES[r.kind].includes(r.type)) ctx.addIssue({ code: 'custom', path: ['type'], message: v('validation.relationship.type') });
    }),
  );
export type RelationshipFields = z.infer<typeof relationshipFieldsSchema>;

/** The stored line. Without a kind or both ends it cannot be drawn, so it is dropped on read. */
export const relationshipSchema = z.object({
  kind: z.enum(RELATIONSHIP_KINDS),
  a: z.string().check(z.minLength(1)),
  b: z.string().check(z.minLength(1)),
  type: z.catch(z.string(), ''),
  since: z.catch(z.string(), ''),
});
export const RELATIONSHIP_FIELDS = fieldKeys(relationshipSchema);

/** A line belongs to both people: it is professionals only whenever either of them is (RS7). */
export const RELATIONSHIP = defineRecord({ collection: 'relationships', noun: 'line', schema: relationshipSchema, text: [], links: [], owners: ['a', 'b'], restrictable: true });

export interface Relationship extends RelationshipFields {
  id: string;
  restricted: boolean;
}

/** What a participant may propose: a line between two people already on the tree (IN6). */
export const proposedRelationshipSchema = z
  .strictObject({ kind: z.enum(['partner', 'parent', 'tie']), a: personId, b: personId, type: z.string().check(z.maxLength(20)) })
  .check(z.refine((r) => RELATIONSHIP_TYPES[r.kind].includes(r.type), { message: v('validation.relationship.type'), path: ['type'] }));
export type ProposedRelationship = z.infer<typeof proposedRelationshipSchema>;
