import type { Role } from '../schema/roles.ts';

/**
 * PM1 — Which document views a role receives. `family` devices (and the projector, which the
 * family watches) sync the shared document only; professionals also sync the professional one,
 * which holds what the family must not see. The server uses this to refuse the professional room.
 */
export type View = 'professional' | 'family';

const FAMILY_VIEW_ROLES: ReadonlySet<Role> = new Set<Role>([
  'parent',
  'child',
  'advocate',
  'supporter',
  // An interpreter speaks for the family, and an observer is not part of the professional network.
  'interpreter',
  'observer',
  'projector',
]);

/** PM1: the view a role is given. */
export function viewFor(role: Role): View {
  return FAMILY_VIEW_ROLES.has(role) ? 'family' : 'professional';
}

/** PM2 — Only the chair and note taker write the documents directly; everyone else uses intents. */
export function canWriteDocuments(role: Role): boolean {
  return role === 'chair' || role === 'notetaker';
}

/** PM3 — Who may open a conference's case data at all. The administrator manages accounts and audit only. */
export function isCaseStaff(role: Role): boolean {
  return role === 'chair' || role === 'notetaker';
}

/** PM4 — Roles whose view on the plan counts towards the decision (family views are recorded, not counted). */
export function isProfessional(role: Role): boolean {
  return viewFor(role) === 'professional' && role !== 'chair' && role !== 'notetaker' && role !== 'admin';
}

/** PM5 — Roles that score in the scaling question. The chair and note taker run it; the projector is a screen. */
export function canScore(role: Role): boolean {
  return role !== 'chair' && role !== 'notetaker' && role !== 'admin' && role !== 'projector' && role !== 'observer' && role !== 'interpreter';
}

/**
 * PM8 — Roles that give their own view on the plan: the same people who score. An interpreter
 * speaks for someone else and an observer takes no part, so neither gives a view of their own.
 */
export function canGiveView(role: Role): boolean {
  return canScore(role);
}

/** PM6 — Roles that may propose board items and plan actions. */
export function canPropose(role: Role): boolean {
  return role !== 'projector' && role !== 'admin';
}

/** PM7 — Only the chair (or note taker as recorder) runs the meeting: steps, scaling, restrictions, decision. */
export function canChair(role: Role): boolean {
  return role === 'chair' || role === 'notetaker';
}

/**
 * PM9 — Who the room expects to take part in a round of scaling or views: attendees whose role may
 * (`may`) and who are in the room — not those who sent apologies or only a report — plus anyone
 * who has taken part anyway (for example a score the chair recorded from a written report).
 */
export function expectedToTakePart<A extends { id: string; role: Role; attendance: string }>(
  attendees: readonly A[],
  may: (role: Role) => boolean,
  tookPart: ReadonlySet<string>,
): A[] {
  return attendees.filter((a) => (may(a.role) && a.attendance === 'present') || tookPart.has(a.id));
}
