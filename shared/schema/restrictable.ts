import type { RecordType } from './record.ts';
import { ITEM } from './item.ts';
import { DANGER } from './danger.ts';
import { ACTION } from './action.ts';
import { CONTINGENCY } from './contingency.ts';
import { PERSON } from './person.ts';
import { RELATIONSHIP } from './relationship.ts';
import { HOUSEHOLD } from './household.ts';
import { DETAIL } from './genogramDetail.ts';
import { NETWORK } from './networkMember.ts';

/**
 * RS1 — Every collection that can be "Professionals only". Each has a twin of the same name in the
 * professional document; `restrict_item` moves an entity of any of them between the two
 * (shared/commands/restriction.ts). A new record type plugs in by setting `restrictable: true` in
 * its file and being listed here — nothing else in restriction, links or projection changes.
 */
export const RESTRICTABLE: readonly RecordType[] = [ITEM, DANGER, ACTION, CONTINGENCY, PERSON, RELATIONSHIP, HOUSEHOLD, DETAIL, NETWORK];
