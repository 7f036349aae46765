import { z } from 'zod/mini';
import { defineRecord, fieldKeys } from './record.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * A person on the genogram (step 3). One entity in the `people` collection; a restricted person
 * lives in the professional document's `people` with the same id and shape.
 */

/** McGoldrick symbols: square (male), circle (female), diamond (another gender or not known). */
export const PERSON_GENDERS = ['male', 'female', 'other'] as const;
export type PersonGender = (typeof PERSON_GENDERS)[number];

/** A born person, a current pregnancy (triangle) or a miscarriage (small filled triangle). */
export const PERSON_KINDS = ['person', 'pregnancy', 'miscarriage'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** A year ("1995") or a full date ("1995-04-02"); empty when not known. */
const yearOrDate = z.string().check(z.trim(), z.regex(/^(\d{4}(-\d{2}-\d{2})?)?$/, v('validation.person.yearOrDate')));

export const personFieldsSchema = z.object({
  name: z.string().check(z.trim(), z.maxLength(80, v('validation.name.tooLong'))),
  gender: z.enum(PERSON_GENDERS),
  kind: z.enum(PERSON_KINDS),
  born: yearOrDate,
  died: yearOrDate,
  deceased: z.boolean(),
  /** The conference child this person is, if they are a subject child (drawn with a double outline). */
  childId: z.string().check(z.regex(/^([a-z0-9-]{1,40})?$/)),
  /** The household they live in, or '' (one household each: where they live most of the time). */
  household: z.string().check(z.maxLength(40)),
});
export type PersonFields = z.infer<typeof personFieldsSchema>;

export const PERSON_DEFAULTS: PersonFields = {
  name: '',
  gender: 'other',
  kind: 'person',
  born: '',
  died: '',
  deceased: false,
  childId: '',
  household: '',
};

/** GN0 — A born person needs a name; a pregnancy or miscarriage may be unnamed. */
export const personInputSchema = personFieldsSchema.check(
  z.superRefine((p, ctx) => {
    if (p.kind === 'person' && !p.name) ctx.addIssue({ code: 'custom', path: ['name'], message: v('validation.person.name') });
    if (p.born && p.died && p.died.slice(0, 4) < p.born.slice(0, 4)) ctx.addIssue({ code: 'custom', path: ['died'], message: v('validation.person.diedBeforeBorn') });
  }),
);

/** What a participant may propose: a person's name, symbol and year of birth (IN6). */
export const proposedPersonSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, v('genogram.propose.error.name')), z.maxLength(80, v('validation.name.tooLong'))),
  gender: z.enum(PERSON_GENDERS),
  born: yearOrDate,
});
export type ProposedPerson = z.infer<typeof proposedPersonSchema>;

/** A position set by hand on the canvas, in layout units; null means the layout places them. */
export interface Position {
  x: number;
  y: number;
}

/** The stored person: fields repair on read; `x`/`y` exist only for someone placed by hand. */
export const personSchema = z.object({
  name: z.catch(z.string(), ''),
  gender: z.catch(z.enum(PERSON_GENDERS), 'other'),
  kind: z.catch(z.enum(PERSON_KINDS), 'person'),
  born: z.catch(z.string(), ''),
  died: z.catch(z.string(), ''),
  deceased: z.catch(z.boolean(), false),
  childId: z.catch(z.string(), ''),
  household: z.catch(z.string(), ''),
  x: z.catch(z.optional(z.number()), undefined),
  y: z.catch(z.optional(z.number()), undefined),
});
export const PERSON_FIELDS = fieldKeys(personSchema);

export const PERSON = defineRecord({ collection: 'people', noun: 'person', schema: personSchema, text: [], links: [], owners: [], restrictable: true });

export interface Person extends PersonFields {
  id: string;
  pos: Position | null;
  restricted: boolean;
}
