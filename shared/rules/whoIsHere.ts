import type { PresenceUser } from '../schema/board.ts';
import type { AttendeeEntry } from '../schema/project.ts';
import type { Role } from '../schema/roles.ts';

export interface RoomPerson {
  id: string;
  name: string;
  role: Role;
  agency: string;
}

/** The people who run the meeting: staff accounts, never on the attendee list. */
const STAFF_ORDER: readonly Role[] = ['chair', 'notetaker'];

/**
 * WH1 — "Who is here" as the room reads it: the chair and note taker (known from who is connected,
 * as they are accounts rather than invitees), then everyone marked present. A projector is a
 * device, not a person, and is never listed.
 */
export function whoIsHere(attendees: readonly AttendeeEntry[], presence: readonly PresenceUser[]): RoomPerson[] {
  const listed = new Set(attendees.map((a) => a.id));
  const staff = presence
    .filter((p) => !listed.has(p.id) && STAFF_ORDER.includes(p.role as Role))
    .sort((a, b) => STAFF_ORDER.indexOf(a.role as Role) - STAFF_ORDER.indexOf(b.role as Role) || a.name.localeCompare(b.name))
    .map((p) => ({ id: p.id, name: p.name, role: p.role as Role, agency: '' }));
  const people = attendees.filter((a) => a.attendance === 'present' && a.role !== 'projector').map(({ id, name, role, agency }) => ({ id, name, role, agency }));
  return [...staff, ...people];
}
