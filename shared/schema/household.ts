import { z } from 'zod/mini';
import { defineRecord, fieldKeys } from './record.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * Who lives together: drawn as a dashed line around its members. People say which household they
 * are in (`Person.household`), so two editors moving two people never overwrite each other's list.
 * The address is a detail (`details`), so it can be professionals only on its own.
 */

export const householdFieldsSchema = z.object({
  label: z.string().check(z.trim(), z.minLength(1, v('validation.household.name')), z.maxLength(60, v('validation.name.tooLong'))),
});
export type HouseholdFields = z.infer<typeof householdFieldsSchema>;

export const householdSchema = z.object({ label: z.catch(z.string(), '') });
export const HOUSEHOLD_FIELDS = fieldKeys(householdSchema);
export const HOUSEHOLD = defineRecord({ collection: 'households', noun: 'household', schema: householdSchema, text: [], links: [], owners: [], restrictable: true });

export interface Household extends HouseholdFields {
  id: string;
  restricted: boolean;
}
