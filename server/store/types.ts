import type { Role, StaffRole } from '../../shared/schema/roles.ts';
import type { ConferenceLanguage } from '../../shared/i18n/locale.ts';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  passwordHash: string;
  createdAt: string;
}

export interface SessionRow {
  /** SHA-256 of the cookie value: a stolen database does not yield live sessions. */
  idHash: string;
  kind: 'staff' | 'attendee';
  userId: string | null;
  attendeeId: string | null;
  conferenceId: string | null;
  role: Role;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** Set while the session waits in the lobby: such a session can only poll `GET /api/lobby`. */
  lobbyId: string | null;
}

export interface ConferenceRow {
  id: string;
  type: 'initial' | 'review';
  jurisdiction: string;
  startsAt: string;
  endsAt: string;
  /** The scheduled end in UTC, for invite expiry. */
  endsAtUtc: string;
  venue: string;
  online: boolean;
  /** The council's own reference; empty when none was given. */
  reference: string;
  /** The language the chair set: English, Welsh, or both (Welsh first). */
  language: ConferenceLanguage;
  childrenJson: string;
  /** The record's language the chair chose; null follows the conference's language. */
  recordLanguage: ConferenceLanguage | null;
  status: 'open' | 'closed';
  createdBy: string;
  createdAt: string;
  /** When the chair closed (finalised) it; the retention period runs from here. */
  finalisedAt: string | null;
  /** CA1 — The case: every conference about the same children shares it (the first conference's id). */
  caseId: string;
  /** RV1 — The conference a review carried forward from; null for an initial conference or a review started blank. */
  previousId: string | null;
}

export interface AttendeeRow {
  id: string;
  conferenceId: string;
  name: string;
  role: Role;
  agency: string;
  attendance: 'present' | 'apologies' | 'report_only';
  tokenHash: string | null;
  tokenExpiresAt: string | null;
  revokedAt: string | null;
  redeemedAt: string | null;
  createdAt: string;
  /** SHA-256 of the device cookie of the first device that redeemed the invite. */
  deviceHash: string | null;
  /** The language the person needs to take part, in the chair's words ('' when none). */
  languageNeeded: string;
  interpreterBooked: boolean;
}

/** A redemption from a device other than the bound one, waiting for the chair (LB1). */
export interface LobbyRow {
  id: string;
  conferenceId: string;
  attendeeId: string;
  sessionHash: string;
  status: 'waiting' | 'admitted' | 'refused';
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

/** CS1 — A member of staff assigned to a conference: only they (and no other staff) can reach it. */
export interface StaffAssignmentRow {
  conferenceId: string;
  userId: string;
  /** The chair or administrator who assigned them (the creating chair assigns themselves). */
  assignedBy: string;
  assignedAt: string;
}

/** Idle cut-offs per session kind: a session last seen at or before its cut-off has expired. */
export interface ExpiryCutoffs {
  now: string;
  staffIdleBefore: string;
  attendeeIdleBefore: string;
}

export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Id of the last update row read; compaction deletes up to it. */
  lastId: number;
}

export interface ScoreRow {
  conferenceId: string;
  roundId: string;
  attendeeId: string;
  name: string;
  role: Role;
  score: number;
  reason: string;
  onBehalf: boolean;
  updatedAt: string;
}

/**
 * FZ1 — One finalised version of the record: an immutable snapshot of both documents and the facts
 * the documents print (`metaJson`), with a content hash over all three. Never updated.
 */
export interface RecordVersionRow {
  conferenceId: string;
  version: number;
  sharedState: Uint8Array;
  professionalState: Uint8Array;
  metaJson: string;
  hash: string;
  createdAt: string;
  createdBy: string;
}

/** IS1 — A personal record link: a capability token (stored hashed) for one attendee's editions. */
export interface RecordLinkRow {
  id: string;
  conferenceId: string;
  attendeeId: string;
  tokenHash: string;
  /** 'full' for professionals; 'family' and 'letter' for family roles. */
  editions: string[];
  issuedAt: string;
  issuedBy: string;
  expiresAt: string;
  firstDownloadAt: string | null;
  revokedAt: string | null;
  /** The language this person receives the record in; null follows the conference's record language. */
  language: ConferenceLanguage | null;
}

/** AM1 — A request to change the record, sent through a record link. */
export interface AmendmentRow {
  id: string;
  conferenceId: string;
  linkId: string;
  attendeeId: string;
  /** Which part is wrong and what it should say, in the requester's words. */
  part: string;
  wanted: string;
  receivedAt: string;
  /** Received after the window (AM2): still taken, and marked. */
  late: boolean;
  status: 'waiting' | 'accepted' | 'declined';
  decidedAt: string | null;
  decidedBy: string | null;
  /** The reason the requester sees when it is declined; a note when accepted. */
  response: string | null;
  /** The version that made the change, when accepted. */
  version: number | null;
}

/**
 * The one storage contract. SQLite is the embedded default; PostgreSQL serves several instances.
 * Both pass the same contract suite (server/store/contract.ts).
 * Every method commits before its promise resolves.
 */
export interface Store extends AuditStore {
  createUser(u: UserRow): Promise<void>;
  userByEmail(email: string): Promise<UserRow | null>;
  userById(id: string): Promise<UserRow | null>;
  countUsers(): Promise<number>;
  /** Every account, by name (the server strips password hashes before anything leaves it). */
  listUsers(): Promise<UserRow[]>;

  createSession(s: SessionRow): Promise<void>;
  sessionByHash(idHash: string): Promise<SessionRow | null>;
  touchSession(idHash: string, at: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  deleteSessionsFor(filter: { attendeeId: string } | { conferenceId: string }): Promise<string[]>;
  /** Delete sessions past their absolute lifetime or idle cut-off; returns their hashes. */
  expireSessions(cutoffs: ExpiryCutoffs): Promise<string[]>;
  touchSessions(idHashes: readonly string[], at: string): Promise<void>;
  /** Which of these session hashes still exist. */
  liveSessions(idHashes: readonly string[]): Promise<Set<string>>;

  createConference(c: ConferenceRow): Promise<void>;
  conference(id: string): Promise<ConferenceRow | null>;
  listConferences(): Promise<ConferenceRow[]>;
  /** SD1 — A new date, time, place or reference, before the meeting starts. */
  updateConferenceSchedule(id: string, s: Pick<ConferenceRow, 'startsAt' | 'endsAt' | 'endsAtUtc' | 'venue' | 'online' | 'reference'>): Promise<void>;
  /** RV2 — The children of a conference, as the chair changed them before it started. */
  updateConferenceChildren(id: string, childrenJson: string): Promise<void>;
  /** Closing sets `finalisedAt` once (the first close wins); reopening is not offered. */
  setConferenceStatus(id: string, status: ConferenceRow['status'], at?: string): Promise<void>;
  /** The conference's language, which the chair may change at any time while it is open. */
  setConferenceLanguage(id: string, language: ConferenceRow['language']): Promise<void>;
  /** CS1 — Assign staff to a conference; assigning someone already assigned keeps the first assignment. */
  assignStaff(a: StaffAssignmentRow): Promise<void>;
  unassignStaff(conferenceId: string, userId: string): Promise<void>;
  /** The staff assigned to a conference, in the order they were assigned. */
  staffOf(conferenceId: string): Promise<StaffAssignmentRow[]>;
  /** CS4 — The conferences a member of staff is assigned to ("My conferences"), by start time. */
  conferencesOfStaff(userId: string): Promise<ConferenceRow[]>;
  /** CA1 — The conferences of a case, oldest first (by start, then by when they were made). */
  conferencesOfCase(caseId: string): Promise<ConferenceRow[]>;
  /** Ids of conferences finalised at or before `cutoff` (RT1). */
  conferencesFinalisedBefore(cutoff: string): Promise<string[]>;
  /**
   * RT2 — Delete a conference for good in one transaction: its row, staff assignments, attendees, sessions, lobby,
   * intents, sealed scores, record versions, record links, amendment requests, and the update logs and
   * snapshots of both of its documents.
   */
  deleteConference(id: string, docNames: readonly string[]): Promise<void>;

  createAttendee(a: AttendeeRow): Promise<void>;
  attendee(id: string): Promise<AttendeeRow | null>;
  attendeesOf(conferenceId: string): Promise<AttendeeRow[]>;
  attendeeByTokenHash(tokenHash: string): Promise<AttendeeRow | null>;
  updateAttendee(id: string, patch: Partial<Omit<AttendeeRow, 'id' | 'conferenceId' | 'createdAt'>>): Promise<void>;
  /** LB2 — Bind the invite to a device unless already bound; true when it is bound to this device now. */
  bindDevice(attendeeId: string, deviceHash: string): Promise<boolean>;

  createLobbyEntry(l: LobbyRow): Promise<void>;
  lobbyEntry(id: string): Promise<LobbyRow | null>;
  /** Waiting entries of a conference whose pending session still exists, oldest first. */
  waitingLobby(conferenceId: string): Promise<LobbyRow[]>;
  countWaiting(attendeeId: string): Promise<number>;
  /** Decide a waiting entry; false when it was not waiting (already decided or gone). */
  decideLobby(id: string, status: 'admitted' | 'refused', by: string, at: string): Promise<boolean>;

  /**
   * The document's snapshot and log. With `afterId`, at least every update after that position:
   * the snapshot comes too when it may hold something newer (an instance catching up; merging is idempotent).
   */
  loadDoc(name: string, afterId?: number): Promise<StoredDoc>;
  /**
   * Append updates in one transaction (group commit); resolves once they are durable, with the log
   * position of the last one. A batch's positions are consecutive, and a document's positions
   * follow commit order, also with several instances appending.
   */
  appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<number>;
  /**
   * Several documents' appends in one transaction (group commit across rooms): all or none are
   * stored; resolves with each batch's last log position, in order. Optional: without it each
   * document commits on its own.
   */
  appendUpdatesOfMany?(batches: readonly { name: string; updates: readonly Uint8Array[] }[]): Promise<number[]>;
  /** No room is open on this instance: let go of what only open rooms need. Optional. */
  releaseIdle?(): Promise<void>;
  /** Replace the log up to `uptoId` by one snapshot, in one transaction. */
  compact(name: string, snapshot: Uint8Array, uptoId: number): Promise<void>;
  lastUpdateId(name: string): Promise<number>;
  /**
   * Run `fn` while no other instance runs it for the same document (several instances only; the
   * embedded store has one instance and leaves it out). Used to migrate a document once.
   */
  withDocLock?<T>(name: string, fn: () => Promise<T>): Promise<T>;

  /** The stored answer of an intent already applied, for idempotency. */
  intentAnswer(conferenceId: string, intentId: string): Promise<string | null>;
  saveIntentAnswer(conferenceId: string, intentId: string, attendeeKey: string, answer: string): Promise<void>;

  upsertScore(s: ScoreRow): Promise<void>;
  scoresOf(conferenceId: string, roundId: string): Promise<ScoreRow[]>;

  /** FZ1 — Add a version; rejects when that version number already exists (two finalisers racing: one wins). */
  addRecordVersion(v: RecordVersionRow): Promise<void>;
  /** Every version of a conference's record, oldest first. */
  recordVersions(conferenceId: string): Promise<RecordVersionRow[]>;
  recordVersion(conferenceId: string, version: number): Promise<RecordVersionRow | null>;

  createRecordLink(l: RecordLinkRow): Promise<void>;
  recordLinkByTokenHash(tokenHash: string): Promise<RecordLinkRow | null>;
  recordLinksOf(conferenceId: string): Promise<RecordLinkRow[]>;
  /** IS2 — Record the first download only: later downloads keep the first time. */
  markRecordLinkDownloaded(id: string, at: string): Promise<void>;
  revokeRecordLink(id: string, at: string): Promise<void>;
  /** EX6 — The language a record link's documents are in (null: the conference's record language). */
  setRecordLinkLanguage(id: string, language: ConferenceLanguage | null): Promise<void>;
  /** EX6 — The conference's record language (null: the conference's own language). */
  setRecordLanguage(conferenceId: string, language: ConferenceLanguage | null): Promise<void>;

  createAmendment(a: AmendmentRow): Promise<void>;
  amendment(id: string): Promise<AmendmentRow | null>;
  amendmentsOf(conferenceId: string): Promise<AmendmentRow[]>;
  /** AM3 — Decide a waiting request; false when it was already decided (the first decision stands). */
  decideAmendment(id: string, d: { status: 'accepted' | 'declined'; at: string; by: string; response: string; version: number | null }): Promise<boolean>;

  /** ST1 — A council setting as stored JSON, or null when never set. */
  setting(key: string): Promise<string | null>;
  putSetting(key: string, json: string, by: string): Promise<void>;

  /** SF3 — Resolves when the store can commit a write now (a real, tiny write); rejects when it cannot. */
  checkWritable(): Promise<void>;

  close(): Promise<void>;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  role: string;
  conferenceId: string | null;
  action: string;
  /** Outcome or target ids only: never case content. */
  detail: string;
  prevHash: string;
  hash: string;
}

export interface AuditStore {
  /** Append one entry; `make` receives the previous entry's hash and sequence so the chain is built inside the same transaction. */
  appendAudit(make: (prev: { seq: number; hash: string }) => AuditRow): Promise<AuditRow>;
  /** Append several entries in one transaction, in order after the head; `make` receives the head and builds them all. */
  appendAuditRows(make: (prev: { seq: number; hash: string }) => AuditRow[]): Promise<AuditRow[]>;
  listAudit(opts: { afterSeq?: number; limit?: number }): Promise<AuditRow[]>;
}
