import type { AmendmentRow, RecordLinkRow, RecordVersionRow, AttendeeRow, AuditRow, ConferenceRow, LobbyRow, ScoreRow, SessionRow, StaffAssignmentRow, UserRow } from './types.ts';

/** A row as better-sqlite3 returns it: column names in snake_case. */
export type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export const toUser = (r: Row): UserRow => ({
  id: String(r.id), email: String(r.email), name: String(r.name), role: r.role as UserRow['role'],
  passwordHash: String(r.password_hash), createdAt: String(r.created_at),
});

export const toSession = (r: Row): SessionRow => ({
  idHash: String(r.id_hash), kind: r.kind as SessionRow['kind'], userId: str(r.user_id),
  attendeeId: str(r.attendee_id), conferenceId: str(r.conference_id),
  role: r.role as SessionRow['role'], createdAt: String(r.created_at), lastSeenAt: String(r.last_seen_at),
  expiresAt: String(r.expires_at), lobbyId: str(r.lobby_id),
});

export const toConference = (r: Row): ConferenceRow => ({
  id: String(r.id), type: r.type as ConferenceRow['type'], jurisdiction: String(r.jurisdiction), startsAt: String(r.starts_at),
  endsAt: String(r.ends_at), endsAtUtc: String(r.ends_at_utc), venue: String(r.venue), online: r.online === 1, reference: String(r.reference ?? ''),
  language: r.language as ConferenceRow['language'],
  childrenJson: String(r.children_json), recordLanguage: str(r.record_language) as ConferenceRow['recordLanguage'], status: r.status as ConferenceRow['status'], createdBy: String(r.created_by),
  createdAt: String(r.created_at), finalisedAt: str(r.finalised_at), caseId: String(r.case_id ?? r.id), previousId: str(r.previous_id),
});

export const toAttendee = (r: Row): AttendeeRow => ({
  id: String(r.id), conferenceId: String(r.conference_id), name: String(r.name), role: r.role as AttendeeRow['role'],
  agency: String(r.agency), attendance: r.attendance as AttendeeRow['attendance'], tokenHash: str(r.token_hash),
  tokenExpiresAt: str(r.token_expires_at), revokedAt: str(r.revoked_at),
  redeemedAt: str(r.redeemed_at), createdAt: String(r.created_at), deviceHash: str(r.device_hash),
  languageNeeded: String(r.language_needed ?? ''), interpreterBooked: r.interpreter_booked === 1,
});

export const toLobby = (r: Row): LobbyRow => ({
  id: String(r.id), conferenceId: String(r.conference_id), attendeeId: String(r.attendee_id), sessionHash: String(r.session_hash),
  status: r.status as LobbyRow['status'], createdAt: String(r.created_at), decidedAt: str(r.decided_at), decidedBy: str(r.decided_by),
});

export const toScore = (r: Row): ScoreRow => ({
  conferenceId: String(r.conference_id), roundId: String(r.round_id), attendeeId: String(r.attendee_id), name: String(r.name),
  role: r.role as ScoreRow['role'], score: Number(r.score), reason: String(r.reason), onBehalf: r.on_behalf === 1, updatedAt: String(r.updated_at),
});

export const toAudit = (r: Row): AuditRow => ({
  seq: Number(r.seq), at: String(r.at), actor: String(r.actor), role: String(r.role), conferenceId: str(r.conference_id),
  action: String(r.action), detail: String(r.detail), prevHash: String(r.prev_hash), hash: String(r.hash),
});

/** Attendee fields a patch may change, and their columns (the only strings spliced into SQL). */
export const ATTENDEE_COLUMNS: Record<string, string> = {
  name: 'name', role: 'role', agency: 'agency', attendance: 'attendance', tokenHash: 'token_hash',
  tokenExpiresAt: 'token_expires_at', revokedAt: 'revoked_at', redeemedAt: 'redeemed_at', deviceHash: 'device_hash',
  languageNeeded: 'language_needed', interpreterBooked: 'interpreter_booked',
};

/** A patch value as both databases store it: flags as 0 or 1. */
export const columnValue = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

export const toStaffAssignment = (r: Row): StaffAssignmentRow => ({
  conferenceId: String(r.conference_id), userId: String(r.user_id), assignedBy: String(r.assigned_by), assignedAt: String(r.assigned_at),
});

export const toRecordVersion = (r: Row): RecordVersionRow => ({
  conferenceId: String(r.conference_id), version: Number(r.version), sharedState: new Uint8Array(r.shared_state as Buffer),
  professionalState: new Uint8Array(r.professional_state as Buffer), metaJson: String(r.meta_json), hash: String(r.hash),
  createdAt: String(r.created_at), createdBy: String(r.created_by),
});

export const toRecordLink = (r: Row): RecordLinkRow => ({
  id: String(r.id), conferenceId: String(r.conference_id), attendeeId: String(r.attendee_id), tokenHash: String(r.token_hash),
  editions: JSON.parse(String(r.editions)) as string[], issuedAt: String(r.issued_at), issuedBy: String(r.issued_by),
  expiresAt: String(r.expires_at), firstDownloadAt: str(r.first_download_at), revokedAt: str(r.revoked_at),
  language: (str(r.language) as RecordLinkRow['language']),
});

export const toAmendment = (r: Row): AmendmentRow => ({
  id: String(r.id), conferenceId: String(r.conference_id), linkId: String(r.link_id), attendeeId: String(r.attendee_id),
  part: String(r.part), wanted: String(r.wanted), receivedAt: String(r.received_at), late: r.late === 1,
  status: r.status as AmendmentRow['status'], decidedAt: str(r.decided_at), decidedBy: str(r.decided_by),
  response: str(r.response), version: r.version === null || r.version === undefined ? null : Number(r.version),
});
