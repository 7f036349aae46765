import { z } from 'zod/mini';
import { defineRecord, fieldKeys } from './record.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * Someone in the safety network (the ecomap around the tree): a relative, friend, neighbour or
 * professional who helps keep the children safe. `personId` links them to the genogram when they
 * are on it (Glenys is both); `toChildren` says what they are to each conference child.
 */

export const NETWORK_GROUPS = ['family', 'friend', 'neighbour', 'professional', 'community'] as const;
export type NetworkGroup = (typeof NETWORK_GROUPS)[number];
export const networkFieldsSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, v('validation.network.name')), z.maxLength(80, v('validation.name.tooLong'))),
  personId: z.string().check(z.regex(/^([a-z0-9-]{1,40})?$/)),
  group: z.enum(NETWORK_GROUPS),
  /** What they do to help ("has the children if Dean has been drinking"). */
  does: z.string().check(z.trim(), z.maxLength(300, v('validation.tooLong'))),
  /** Conference child id → what they are to that child ("Nain", "neighbour"). */
  toChildren: z.record(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), z.string().check(z.trim(), z.maxLength(60))),
});
export type NetworkFields = z.infer<typeof networkFieldsSchema>;

export const networkSchema = z.object({
  name: z.catch(z.string(), ''),
  personId: z.catch(z.string(), ''),
  group: z.catch(z.enum(NETWORK_GROUPS), 'family'),
  does: z.catch(z.string(), ''),
  toChildren: z.catch(z.record(z.string(), z.string()), {}),
});
export const NETWORK_FIELDS = fieldKeys(networkSchema);
/** Someone on the tree who is in the network is professionals only whenever their person is (RS7). */
export const NETWORK = defineRecord({ collection: 'network', noun: 'network member', schema: networkSchema, text: [], links: [], owners: ['personId'], restrictable: true });

export interface NetworkMember extends NetworkFields {
  id: string;
  restricted: boolean;
}
