import { z } from 'zod/mini';
import { isProfessional } from './permissions.ts';
import { ATTENDEE_ROLES, type Role } from '../schema/roles.ts';
import { msg, type MessageId, type Msg } from '../i18n/messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/translate.ts';
import { v } from '../i18n/zodErrors.ts';
import { DEFAULT_QUORUM_AGENCIES } from '../schema/settingsDefaults.ts';

/**
 * QU1 — Is the conference quorate? Working Together expects at least three agencies, one of them
 * the local authority's children's social care (the social worker's), to take part — in person
 * or through a report. A council may set its own number (ST1). Only professionals' agencies
 * count; the chair and note taker run the meeting and are not counted.
 */
export const quorumAgenciesSchema = z.number().check(z.int(v('validation.agencies.whole')), z.minimum(1, v('validation.agencies.min')), z.maximum(10, v('validation.agencies.max')));

/** QU1: the check as recorded with the decision (DE5). */
export interface QuorumCheck {
  quorate: boolean;
  /**
   * The agencies counted, in the words they were written, each once. (A check recorded before the
   * roles below were kept apart also holds here, in English, the role of someone whose agency was blank.)
   */
  agencies: string[];
  /** People whose agency was left blank count by their role (a GP, the police): the roles, worded when shown. */
  byRole?: Role[];
  required: number;
  socialWorker: boolean;
}

const key = (agency: string) => agency.trim().toLowerCase().replace(/\s+/g, ' ');

/** QU1: whether the professionals present or sending a report make a quorum. Never throws. */
export function checkQuorum(attendees: readonly { role: Role | string; agency: string; attendance: string }[], required: number = DEFAULT_QUORUM_AGENCIES): QuorumCheck {
  const taking = attendees.filter((a) => isProfessional(a.role as Role) && (a.attendance === 'present' || a.attendance === 'report_only'));
  const agencies = new Map<string, string>();
  for (const a of taking) if (a.agency.trim() && !agencies.has(key(a.agency))) agencies.set(key(a.agency), a.agency.trim());
  // An agency left blank counts by the person's role (a GP, the police), never as nothing; kept as the
  // role, not its English name, so a recorded check reads in each person's language. A role someone
  // also wrote as an agency ("GP") counts once.
  const byRole: Role[] = [];
  for (const a of taking) {
    const role = a.role as Role;
    if (a.agency.trim() || !(ATTENDEE_ROLES as readonly string[]).includes(role) || byRole.includes(role)) continue;
    if ((['en', 'cy'] as const).some((l) => agencies.has(key(roleName(role, l))))) continue;
    byRole.push(role);
  }
  const socialWorker = taking.some((a) => a.role === 'social_worker');
  const q = { agencies: [...agencies.values()], byRole, required, socialWorker };
  return { quorate: agencyCount(q) >= required && socialWorker, ...q };
}

const roleName = (role: Role, locale: Locale) => translate(locale, msg(`role.${role}` as MessageId));

/** QU1: how many agencies a check counted (written ones and those counted by role). */
export const agencyCount = (q: Pick<QuorumCheck, 'agencies' | 'byRole'>): number => q.agencies.length + (q.byRole?.length ?? 0);

/** QU1: the agencies a check counted, as a reader of `locale` reads them. */
export function agencyNames(q: Pick<QuorumCheck, 'agencies' | 'byRole'>, locale: Locale): string[] {
  return [...q.agencies, ...(q.byRole ?? []).map((r) => roleName(r, locale))];
}

/**
 * QU1: the warning for the chair and the record, from the check's facts (so a recorded check reads
 * in each person's language); null when quorate.
 */
export function quorumWarning(q: Pick<QuorumCheck, 'quorate' | 'agencies' | 'byRole' | 'required' | 'socialWorker'>): Msg | null {
  if (q.quorate) return null;
  const enough = agencyCount(q) >= q.required;
  const problem = !enough && !q.socialWorker ? 'both' : enough ? 'socialWorker' : 'agencies';
  return msg('decision.quorum.warning', { problem, count: agencyCount(q), required: q.required });
}
