import { TZDate } from '@date-fns/tz';
import { addMinutes } from 'date-fns/addMinutes'; // one module, not the whole library's index (~15 MB resident)
import type { Store, ConferenceRow, AttendeeRow } from '../store/types.ts';
import type { Principal } from '../auth/sessions.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import type { Attendee, Conference, ConferenceInput, ConferenceSchedule, AttendeeInput, Child, ChildrenInput } from '../../shared/schema/conference.ts';
import { project } from '../../shared/schema/project.ts';
import { meetingStarted } from '../../shared/rules/schedule.ts';
import { newId } from '../../shared/schema/ids.ts';
import { upsertAttendee } from '../../shared/commands/attendees.ts';
import { setConferenceLanguageInDoc } from '../../shared/commands/meeting.ts';
import type { ConferenceLanguage } from '../../shared/i18n/locale.ts';
import { isCaseStaff } from '../../shared/rules/permissions.ts';
import { randomToken, tokenHash } from '../auth/secrets.ts';

/** Conferences are scheduled in UK local time, whatever the server's time zone. */
export const CONFERENCE_TIME_ZONE = 'Europe/London';
/** Invite links stop working 24 hours after the conference's scheduled end (AT4). */
const INVITE_GRACE_MS = 24 * 60 * 60 * 1000;

function localPlusMinutes(local: string, minutes: number): { local: string; utc: string } {
  const [d, t] = local.split('T') as [string, string];
  const [y, mo, da] = d.split('-').map(Number) as [number, number, number];
  const [h, mi] = t.split(':').map(Number) as [number, number];
  const end = addMinutes(new TZDate(y, mo - 1, da, h, mi, CONFERENCE_TIME_ZONE), minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    local: `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}T${pad(end.getHours())}:${pad(end.getMinutes())}`,
    utc: new Date(end.getTime()).toISOString(),
  };
}

/** Minutes from the local start to the end, measured in real time (a clock change inside a meeting is rare but real). */
function bookedMinutes(row: ConferenceRow): number {
  return Math.round((Date.parse(row.endsAtUtc) - Date.parse(localPlusMinutes(row.startsAt, 0).utc)) / 60_000);
}

export function conferenceToApi(row: ConferenceRow): Conference {
  return {
    id: row.id,
    type: row.type,
    jurisdiction: row.jurisdiction as Conference['jurisdiction'],
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    durationMinutes: bookedMinutes(row),
    venue: row.venue,
    online: row.online,
    reference: row.reference,
    language: row.language,
    children: JSON.parse(row.childrenJson) as Child[],
    status: row.status,
    createdBy: row.createdBy,
    caseId: row.caseId,
    previousConferenceId: row.previousId,
  };
}

export function attendeeToApi(a: AttendeeRow): Attendee {
  return {
    id: a.id,
    conferenceId: a.conferenceId,
    name: a.name,
    role: a.role as Attendee['role'],
    agency: a.agency,
    attendance: a.attendance,
    languageNeeded: a.languageNeeded,
    interpreterBooked: a.interpreterBooked,
    inviteExpiresAt: a.tokenExpiresAt,
    revoked: a.revokedAt !== null,
    redeemed: a.redeemedAt !== null,
  };
}

/** Conferences, attendees and their invites: the SQL side, mirrored into the shared document where the room needs it. */
export class Conferences {
  constructor(
    private readonly store: Store,
    private readonly registry: RoomRegistry,
  ) {}

  /**
   * CF1 — A new conference. Without `from` it starts a case of its own (CA1); a review made from the
   * case's last conference (RV1) joins that case and keeps its children, ids included.
   */
  async create(by: Principal, input: ConferenceInput | (Omit<ConferenceInput, 'children'> & { children: Child[] }), from?: ConferenceRow): Promise<ConferenceRow> {
    const end = localPlusMinutes(input.startsAt, input.durationMinutes);
    const id = newId(20);
    const row: ConferenceRow = {
      id,
      type: input.type,
      jurisdiction: input.jurisdiction,
      startsAt: input.startsAt,
      endsAt: end.local,
      endsAtUtc: end.utc,
      venue: input.online && !input.venue ? 'Online' : input.venue,
      online: input.online,
      reference: input.reference,
      language: input.language,
      recordLanguage: null,
      childrenJson: JSON.stringify(input.children.map((c) => ({ ...c, id: 'id' in c ? c.id : newId(8) }))),
      status: 'open',
      createdBy: by.userId ?? '',
      createdAt: new Date().toISOString(),
      finalisedAt: null,
      caseId: from?.caseId ?? id,
      previousId: from?.id ?? null,
    };
    await this.store.createConference(row);
    // CS1 — The chair who creates a conference is its first assigned member of staff.
    await this.store.assignStaff({ conferenceId: row.id, userId: row.createdBy, assignedBy: row.createdBy, assignedAt: row.createdAt });
    return row;
  }

  /**
   * RV2 — The chair changes the children before the meeting starts (a child added to the case, or one
   * who has moved away): a child kept keeps their id, so last time's decision and family tree still
   * name them; a new child gets one. Ids not of this conference are refused.
   */
  async setChildren(row: ConferenceRow, children: ChildrenInput['children']): Promise<ConferenceRow | null> {
    const known = new Set((JSON.parse(row.childrenJson) as Child[]).map((c) => c.id));
    if (children.some((c) => c.id !== undefined && !known.has(c.id))) return null;
    const next = children.map((c) => ({ ...c, id: c.id ?? newId(8) }));
    const childrenJson = JSON.stringify(next);
    await this.store.updateConferenceChildren(row.id, childrenJson);
    return { ...row, childrenJson };
  }

  /** CF2, CS1 — What a principal may open: staff only the conferences they are assigned to; an attendee only their own. */
  async reachable(p: Principal, conferenceId: string): Promise<ConferenceRow | null> {
    const row = await this.store.conference(conferenceId);
    if (!row) return null;
    if (p.kind === 'staff') {
      if (!isCaseStaff(p.role)) return null;
      return (await this.store.staffOf(conferenceId)).some((s) => s.userId === p.userId) ? row : null;
    }
    return p.conferenceId === conferenceId && row.status === 'open' ? row : null;
  }

  /** CS4 — A member of staff's own conferences: upcoming soonest first, then past ones most recent first. */
  async list(userId: string, now = new Date()): Promise<Conference[]> {
    const rows = await this.store.conferencesOfStaff(userId);
    const upcoming = rows.filter((r) => Date.parse(r.endsAtUtc) >= now.getTime());
    const past = rows.filter((r) => Date.parse(r.endsAtUtc) < now.getTime()).reverse();
    return [...upcoming, ...past].map(conferenceToApi);
  }

  /** SD1 — Whether the meeting has started, read from the room's shared document. */
  started(conferenceId: string): Promise<boolean> {
    return this.registry.withRoom(conferenceId, (room) => meetingStarted(project(room.doc, null)));
  }

  /**
   * SD1 — Move the meeting or change its place before it starts. Every live invite link follows the
   * new end (AT4), so a link made for a wrongly dated meeting starts working once the date is right.
   */
  async reschedule(row: ConferenceRow, s: ConferenceSchedule): Promise<ConferenceRow> {
    const end = localPlusMinutes(s.startsAt, s.durationMinutes);
    const next: ConferenceRow = {
      ...row,
      startsAt: s.startsAt,
      endsAt: end.local,
      endsAtUtc: end.utc,
      venue: s.online && !s.venue ? 'Online' : s.venue,
      online: s.online,
      reference: s.reference,
    };
    await this.store.updateConferenceSchedule(row.id, next);
    const expires = new Date(Date.parse(end.utc) + INVITE_GRACE_MS).toISOString();
    for (const a of await this.store.attendeesOf(row.id)) {
      if (a.tokenHash && !a.revokedAt) await this.store.updateAttendee(a.id, { tokenExpiresAt: expires });
    }
    return next;
  }

  async addAttendee(conf: ConferenceRow, input: AttendeeInput): Promise<{ attendee: Attendee; token: string }> {
    const token = randomToken();
    const row: AttendeeRow = {
      id: newId(16),
      conferenceId: conf.id,
      name: input.name,
      role: input.role,
      agency: input.agency,
      attendance: input.attendance,
      languageNeeded: input.languageNeeded,
      interpreterBooked: input.interpreterBooked,
      tokenHash: tokenHash(token),
      tokenExpiresAt: new Date(Date.parse(conf.endsAtUtc) + INVITE_GRACE_MS).toISOString(),
      revokedAt: null,
      redeemedAt: null,
      createdAt: new Date().toISOString(),
      deviceHash: null,
    };
    await this.store.createAttendee(row);
    await this.mirror(row);
    return { attendee: attendeeToApi(row), token };
  }

  async updateAttendee(row: AttendeeRow, patch: Partial<Pick<AttendeeRow, 'name' | 'agency' | 'attendance' | 'languageNeeded' | 'interpreterBooked'>>): Promise<AttendeeRow> {
    await this.store.updateAttendee(row.id, patch);
    const next = { ...row, ...patch };
    await this.mirror(next);
    return next;
  }

  /** A fresh link for an attendee; the old token stops working at once and the next device to open it is bound. */
  async reissue(row: AttendeeRow, conf: ConferenceRow): Promise<string> {
    const token = randomToken();
    await this.store.updateAttendee(row.id, {
      tokenHash: tokenHash(token),
      tokenExpiresAt: new Date(Date.parse(conf.endsAtUtc) + INVITE_GRACE_MS).toISOString(),
      revokedAt: null,
      redeemedAt: null,
      deviceHash: null,
    });
    await this.store.deleteSessionsFor({ attendeeId: row.id });
    return token;
  }

  /** The chair changes the conference's language: stored, and written into the room so every open screen follows at once. */
  async setLanguage(row: ConferenceRow, language: ConferenceLanguage): Promise<void> {
    await this.store.setConferenceLanguage(row.id, language);
    await this.registry.withRoom(row.id, (room) => setConferenceLanguageInDoc(room.doc, language));
  }

  async revoke(row: AttendeeRow): Promise<void> {
    await this.store.updateAttendee(row.id, { revokedAt: new Date().toISOString(), tokenHash: null });
    await this.store.deleteSessionsFor({ attendeeId: row.id });
  }

  private mirror(a: AttendeeRow): Promise<void> {
    return this.registry.withRoom(a.conferenceId, (room) =>
      upsertAttendee(room.doc, { id: a.id, name: a.name, role: a.role, agency: a.agency, attendance: a.attendance, languageNeeded: a.languageNeeded, interpreterBooked: a.interpreterBooked }),
    );
  }
}
