import { z } from 'zod';
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
  name: z.string().trim().min(1, v('validation.network.name')).max(80, v('validation.name.tooLong')),
  personId: z.string().regex(/^([a-z0-9-]{1,40})?$/),
  group: z.enum(NETWORK_GROUPS),
  /** What they do to help ("has the children if Dean has been drinking"). */
  does: z.string().trim().max(300, v('validation.tooLong')),
  /** Conference child id → what they are to that child ("Nain", "neighbour"). */
  toChildren: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.string().trim().max(60)),
});
export type NetworkFields = z.infer<typeof networkFieldsSchema>;

export const networkSchema = z.object({
  name: z.string().catch(''),
  personId: z.string().catch(''),
  group: z.enum(NETWORK_GROUPS).catch('family'),
  does: z.string().catch(''),
  toChildren: z.record(z.string(), z.string()).catch({}),
});
export const NETWORK_FIELDS = fieldKeys(networkSchema);
/** Someone on the tree who is in the network is professionals only whenever their person is (RS7). */
export const NETWORK = defineRecord({ collection: 'network', noun: 'network member', schema: networkSchema, text: [], links: [], owners: ['personId'], restrictable: true });

export interface NetworkMember extends NetworkFields {
  id: string;
  restricted: boolean;
}
