import { msg, type Msg } from '../i18n/messages.ts';
import type { Role } from '../schema/roles.ts';
import type { Edition } from '../export/types.ts';
import { isCaseStaff, viewFor } from './permissions.ts';
import { addWorkingDays, type IsoDate } from './workingDays.ts';
import type { Jurisdiction } from './jurisdiction.ts';

/**
 * RC1 — Which documents of the record a role may receive. The chair and note taker: all three.
 * Professionals: the full record. Family-view roles (PM1): the family copy and the decision letter,
 * never the full record. The projector and the administrator: none.
 */
export function editionsFor(role: Role): Edition[] {
  if (isCaseStaff(role)) return ['full', 'family', 'letter'];
  if (role === 'projector' || role === 'admin') return [];
  return viewFor(role) === 'family' ? ['family', 'letter'] : ['full'];
}

/** RC1: whether this role may receive this edition. */
export function mayReceive(role: Role, edition: Edition): boolean {
  return editionsFor(role).includes(edition);
}

/**
 * AM2 — The last day to ask for changes: the council's working days (5 by default) from when the
 * person received the record. A request after it is still taken, and marked late.
 */
export function amendmentDeadline(receivedOn: IsoDate, workingDays: number, jurisdiction: Jurisdiction): IsoDate {
  return addWorkingDays(receivedOn, workingDays, jurisdiction);
}

/** AM2: late iff received after the deadline day. */
export function isAmendmentLate(receivedOn: IsoDate, deadline: IsoDate): boolean {
  return receivedOn > deadline;
}

/** AM3: the request a version was made to answer: who asked and which part, kept as facts so the log reads in each language. */
export interface ChangeRequest {
  from: string;
  part: string;
}

// Versions finalised before the request's facts were kept wrote this English sentence as the reason.
const OLD_REQUEST_REASON = /^Request to change the record from (.*?): ([\s\S]*)$/;

/** AM3: the request behind a version's change, from its facts or (older versions) from the English sentence they stored. */
export function changeRequest(change: { why: string; amendmentId?: string | null; request?: ChangeRequest | null }): ChangeRequest | null {
  if (change.request) return change.request;
  const old = change.amendmentId ? OLD_REQUEST_REASON.exec(change.why) : null;
  return old ? { from: old[1]!, part: old[2]! } : null;
}

/** AM3: why a version changed, for the versions table and the change log: the request in the reader's words, or the reason the note taker typed. */
export function changeReason(change: { why: string; amendmentId?: string | null; request?: ChangeRequest | null }): Msg | string {
  const r = changeRequest(change);
  return r ? msg('record.change.fromRequest', { name: r.from, part: r.part }) : change.why;
}
