import { z } from 'zod';
import { isProfessional } from './permissions.ts';
import { ROLE_LABELS, type Role } from '../schema/roles.ts';
import { msg, type Msg } from '../i18n/messages.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * QU1 — Is the conference quorate? Working Together expects at least three agencies, one of them
 * the local authority's children's social care (the social worker's), to take part — in person
 * or through a report. A council may set its own number (ST1). Only professionals' agencies
 * count; the chair and note taker run the meeting and are not counted.
 */
export const DEFAULT_QUORUM_AGENCIES = 3;
export const quorumAgenciesSchema = z.number().int(v('validation.agencies.whole')).min(1, v('validation.agencies.min')).max(10, v('validation.agencies.max'));

/** QU1: the check as recorded with the decision (DE5). */
export interface QuorumCheck {
  quorate: boolean;
  /** The agencies counted, in the words they were written, each once. */
  agencies: string[];
  required: number;
  socialWorker: boolean;
}

const key = (agency: string) => agency.trim().toLowerCase().replace(/\s+/g, ' ');

/** QU1: whether the professionals present or sending a report make a quorum. Never throws. */
export function checkQuorum(attendees: readonly { role: Role | string; agency: string; attendance: string }[], required: number = DEFAULT_QUORUM_AGENCIES): QuorumCheck {
  const taking = attendees.filter((a) => isProfessional(a.role as Role) && (a.attendance === 'present' || a.attendance === 'report_only'));
  const agencies = new Map<string, string>();
  // An agency left blank counts by the person's role (a GP, the police), never as nothing.
  for (const a of taking) {
    const name = a.agency.trim() || ROLE_LABELS[a.role as Role] || String(a.role);
    if (!agencies.has(key(name))) agencies.set(key(name), name);
  }
  const socialWorker = taking.some((a) => a.role === 'social_worker');
  return { quorate: agencies.size >= required && socialWorker, agencies: [...agencies.values()], required, socialWorker };
}

/**
 * QU1: the warning for the chair and the record, from the check's facts (so a recorded check reads
 * in each person's language); null when quorate.
 */
export function quorumWarning(q: Pick<QuorumCheck, 'quorate' | 'agencies' | 'required' | 'socialWorker'>): Msg | null {
  if (q.quorate) return null;
  const enough = q.agencies.length >= q.required;
  const problem = !enough && !q.socialWorker ? 'both' : enough ? 'socialWorker' : 'agencies';
  return msg('decision.quorum.warning', { problem, count: q.agencies.length, required: q.required });
}
