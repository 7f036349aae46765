import * as Y from 'yjs';
import { F, docs } from '../schema/docLayout.ts';
import { attendanceSchema, type Attendance, type Role } from '../schema/roles.ts';
import { fail, ok, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, SERVER_ORIGIN } from './docs.ts';

export interface AttendeeRecord {
  id: string;
  name: string;
  role: Role;
  agency: string;
  attendance: Attendance;
  /** The language the person needs ('' or absent: none), and whether an interpreter is booked. */
  languageNeeded?: string;
  interpreterBooked?: boolean;
}

/** AT2 — The server writes an attendee into the shared document when the chair adds or edits one. */
export function upsertAttendee(shared: Y.Doc, a: AttendeeRecord, origin: unknown = SERVER_ORIGIN): void {
  shared.transact(() => {
    const col = docs.attendees(shared);
    let m = col.get(a.id);
    if (!(m instanceof Y.Map)) {
      m = new Y.Map<unknown>();
      col.set(a.id, m);
    }
    if (m.get(F.name) !== a.name) m.set(F.name, a.name);
    if (m.get(F.role) !== a.role) m.set(F.role, a.role);
    if (m.get(F.agency) !== a.agency) m.set(F.agency, a.agency);
    if (m.get(F.attendance) !== a.attendance) m.set(F.attendance, a.attendance);
    const language = a.languageNeeded ?? '';
    const booked = a.interpreterBooked ?? false;
    if ((m.get(F.languageNeeded) ?? '') !== language) m.set(F.languageNeeded, language);
    if ((m.get(F.interpreterBooked) ?? false) !== booked) m.set(F.interpreterBooked, booked);
  }, origin);
}

export function removeAttendee(shared: Y.Doc, id: string, origin: unknown = SERVER_ORIGIN): void {
  shared.transact(() => docs.attendees(shared).delete(id), origin);
}

/** AT3 — The chair records attendance (present, apologies, report only) during introductions. */
export function setAttendance(shared: Y.Doc, id: string, attendance: Attendance, origin: unknown = LOCAL_ORIGIN): Result {
  const parsed = attendanceSchema.safeParse(attendance);
  if (!parsed.success) return fail(msg('commands.attendees.chooseAttendance'));
  const m = docs.attendees(shared).get(id);
  if (!(m instanceof Y.Map)) return fail(msg('commands.attendees.gone'));
  shared.transact(() => m.set(F.attendance, parsed.data), origin);
  return ok(undefined);
}
