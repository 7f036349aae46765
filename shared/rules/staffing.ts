import type { Role } from '../schema/roles.ts';
import { fail, ok, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';

/**
 * Staff assigned to a conference (CS1–CS4). Only assigned staff can reach a conference; everyone
 * else is answered as if it did not exist. The rules are used by the server to decide and by the
 * setup and administration screens to show what may be changed.
 */

/** One assigned member of staff, as the rules need them. */
export interface AssignedStaff {
  userId: string;
  role: Role;
}

/** CS1 — Who can be assigned: chairs (the chair and any co-chair) and note takers; never an administrator or an attendee. */
export function canBeAssigned(role: Role): boolean {
  return role === 'chair' || role === 'notetaker';
}

/**
 * CS2 — Who may change a conference's staff: a chair assigned to it (their note taker and co-chairs),
 * or an administrator (cover and sickness), who reads nothing of the case to do so.
 */
export function canAssignStaff(role: Role, assigned: boolean): boolean {
  return role === 'admin' || (role === 'chair' && assigned);
}

/** CS3 — Removing someone must leave the conference with a chair: assign another chair first. */
export function checkUnassign(staff: readonly AssignedStaff[], userId: string): Result {
  const target = staff.find((s) => s.userId === userId);
  if (!target) return fail(msg('rules.staffing.notAssigned'));
  if (target.role === 'chair' && !staff.some((s) => s.userId !== userId && s.role === 'chair')) {
    return fail(msg('rules.staffing.needsChair'));
  }
  return ok(undefined);
}
