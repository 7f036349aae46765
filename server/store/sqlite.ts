import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_MIGRATIONS } from './sqliteSchema.ts';
import { Checkpointer } from './checkpointer.ts';
import type { AmendmentRow, RecordLinkRow, RecordVersionRow, AttendeeRow, AuditRow, ConferenceRow, ExpiryCutoffs, LobbyRow, ScoreRow, SessionRow, StaffAssignmentRow, Store, StoredDoc, UserRow } from './types.ts';
import { ATTENDEE_COLUMNS, columnValue, toAmendment, toRecordLink, toRecordVersion, toAttendee, toAudit, toConference, toLobby, toScore, toSession, toStaffAssignment, toUser, type Row } from './sqliteRows.ts';

/** The database file inside DATA_DIR (backup and restore use it too). */
export const DB_FILE = 'conference-room.sqlite';

/** Document commits between our checkpoints: a few pages each, so about SQLite's default 1,000 pages. */
const CHECKPOINT_EVERY_COMMITS = 300;
const CHECKPOINT_BACKSTOP_PAGES = 4000;

/**
 * The embedded store: one SQLite file in WAL mode. better-sqlite3 is synchronous, so every method
 * has committed by the time it returns; WAL with synchronous=NORMAL survives a killed process.
 */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly checkpointer: Checkpointer;

  /** `onError`: background work that has no caller to answer (a failed checkpoint); logged by default. */
  constructor(dataDir: string, opts: { onError?: (message: string) => void } = {}) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = join(dataDir, DB_FILE);
    this.db = new Database(file);
    // First, so the pragmas and migrations below wait for another process's writer too.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // SQLite's own checkpoint runs inside the commit that crosses 1,000 pages, so the updates of that
    // commit wait for it (and its fsync) before they are relayed. Ours runs in a worker thread
    // (checkpointer.ts); SQLite's stays as a backstop at a size ours never lets the log reach.
    this.db.pragma(`wal_autocheckpoint = ${CHECKPOINT_BACKSTOP_PAGES}`);
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.lastGivenId = Number((this.prepare('SELECT max((SELECT highest FROM doc_update_ids), (SELECT coalesce(max(id), 0) FROM doc_updates)) AS n').get() as Row).n);
    this.checkpointer = new Checkpointer(file, opts.onError ?? ((message) => console.error(message)));
  }

  /**
   * Statements prepared once and reused: preparing costs more than running a small statement, and
   * the sync path runs the same few thousands of times a second.
   */
  private readonly statements = new Map<string, Database.Statement>();
  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  /**
   * The last update id given. Ids rise across all documents, as AUTOINCREMENT's did, and are never
   * given twice: deleting updates (compaction, a conference deleted) first records how far they went.
   */
  private lastGivenId = 0;

  /** One transaction wrapper for the life of the store, for any number of documents' appends. */
  private appendTx: Database.Transaction<(batches: readonly { name: string; updates: readonly Uint8Array[] }[]) => number[]> | null = null;

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set(this.prepare('SELECT version FROM schema_migrations').all().map((r) => (r as Row).version as number));
    for (const [i, sql] of SQLITE_MIGRATIONS.entries()) {
      const version = i + 1;
      if (done.has(version)) continue;
      this.db.transaction(() => {
        this.db.exec(sql);
        this.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(version, new Date().toISOString());
      })();
    }
  }

  private one<T>(sql: string, map: (r: Row) => T, ...args: unknown[]): T | null {
    const r = this.prepare(sql).get(...args) as Row | undefined;
    return r ? map(r) : null;
  }

  async createUser(u: UserRow) {
    this.prepare('INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt);
  }
  async userByEmail(email: string) { return this.one('SELECT * FROM users WHERE email = ?', toUser, email); }
  async userById(id: string) { return this.one('SELECT * FROM users WHERE id = ?', toUser, id); }
  async listUsers() { return (this.prepare('SELECT * FROM users ORDER BY name, id').all() as Row[]).map(toUser); }
  async countUsers() { return Number((this.prepare('SELECT count(*) AS n FROM users').get() as Row).n); }

  async createSession(s: SessionRow) {
    this.prepare(`INSERT INTO sessions (id_hash, kind, user_id, attendee_id, conference_id, role, created_at, last_seen_at, expires_at, lobby_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(s.idHash, s.kind, s.userId, s.attendeeId, s.conferenceId, s.role, s.createdAt, s.lastSeenAt, s.expiresAt, s.lobbyId);
  }
  async sessionByHash(h: string) { return this.one('SELECT * FROM sessions WHERE id_hash = ?', toSession, h); }
  async touchSession(h: string, at: string) { this.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(at, h); }
  async deleteSession(h: string) { this.prepare('DELETE FROM sessions WHERE id_hash = ?').run(h); }
  async deleteSessionsFor(f: { attendeeId: string } | { conferenceId: string }) {
    const [col, val] = 'attendeeId' in f ? ['attendee_id', f.attendeeId] : ['conference_id', f.conferenceId];
    const rows = this.prepare(`DELETE FROM sessions WHERE ${col} = ? AND kind = 'attendee' RETURNING id_hash`).all(val) as Row[];
    return rows.map((r) => String(r.id_hash));
  }
  async expireSessions(c: ExpiryCutoffs) {
    const rows = this.prepare(`DELETE FROM sessions WHERE expires_at <= ?
      OR (kind = 'staff' AND last_seen_at <= ?) OR (kind = 'attendee' AND last_seen_at <= ?) RETURNING id_hash`)
      .all(c.now, c.staffIdleBefore, c.attendeeIdleBefore) as Row[];
    return rows.map((r) => String(r.id_hash));
  }
  async touchSessions(hashes: readonly string[], at: string) {
    const touch = this.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ? AND last_seen_at < ?');
    this.db.transaction(() => { for (const h of hashes) touch.run(at, h, at); })();
  }
  async liveSessions(hashes: readonly string[]) {
    const get = this.prepare('SELECT 1 FROM sessions WHERE id_hash = ?');
    return new Set(hashes.filter((h) => get.get(h) !== undefined));
  }

  async createConference(c: ConferenceRow) {
    this.prepare(`INSERT INTO conferences (id, type, jurisdiction, starts_at, ends_at, ends_at_utc, venue, online, reference, language, children_json, status, created_by, created_at, finalised_at, case_id, previous_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(c.id, c.type, c.jurisdiction, c.startsAt, c.endsAt, c.endsAtUtc, c.venue, c.online ? 1 : 0, c.reference, c.language, c.childrenJson, c.status, c.createdBy, c.createdAt, c.finalisedAt, c.caseId, c.previousId);
  }
  async updateConferenceSchedule(id: string, s: Pick<ConferenceRow, 'startsAt' | 'endsAt' | 'endsAtUtc' | 'venue' | 'online' | 'reference'>) {
    this.prepare('UPDATE conferences SET starts_at = ?, ends_at = ?, ends_at_utc = ?, venue = ?, online = ?, reference = ? WHERE id = ?')
      .run(s.startsAt, s.endsAt, s.endsAtUtc, s.venue, s.online ? 1 : 0, s.reference, id);
  }
  async updateConferenceChildren(id: string, childrenJson: string) {
    this.prepare('UPDATE conferences SET children_json = ? WHERE id = ?').run(childrenJson, id);
  }
  async conference(id: string) { return this.one('SELECT * FROM conferences WHERE id = ?', toConference, id); }
  async listConferences() { return (this.prepare('SELECT * FROM conferences ORDER BY starts_at').all() as Row[]).map(toConference); }
  async setConferenceLanguage(id: string, language: ConferenceRow['language']) {
    this.prepare('UPDATE conferences SET language = ? WHERE id = ?').run(language, id);
  }
  async setConferenceStatus(id: string, status: ConferenceRow['status'], at = new Date().toISOString()) {
    this.prepare(`UPDATE conferences SET status = ?, finalised_at = CASE WHEN ? = 'closed' THEN coalesce(finalised_at, ?) ELSE NULL END WHERE id = ?`)
      .run(status, status, at, id);
  }
  async assignStaff(a: StaffAssignmentRow) {
    this.prepare('INSERT OR IGNORE INTO conference_staff (conference_id, user_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)')
      .run(a.conferenceId, a.userId, a.assignedBy, a.assignedAt);
  }
  async unassignStaff(conferenceId: string, userId: string) {
    this.prepare('DELETE FROM conference_staff WHERE conference_id = ? AND user_id = ?').run(conferenceId, userId);
  }
  async staffOf(conferenceId: string) {
    return (this.prepare('SELECT * FROM conference_staff WHERE conference_id = ? ORDER BY assigned_at, rowid').all(conferenceId) as Row[]).map(toStaffAssignment);
  }
  async conferencesOfStaff(userId: string) {
    return (this.prepare(`SELECT c.* FROM conferences c JOIN conference_staff s ON s.conference_id = c.id
      WHERE s.user_id = ? ORDER BY c.starts_at`).all(userId) as Row[]).map(toConference);
  }
  async conferencesOfCase(caseId: string) {
    return (this.prepare('SELECT * FROM conferences WHERE case_id = ? ORDER BY starts_at, created_at, id').all(caseId) as Row[]).map(toConference);
  }
  async conferencesFinalisedBefore(cutoff: string) {
    const rows = this.prepare(`SELECT id FROM conferences WHERE status = 'closed' AND finalised_at IS NOT NULL AND finalised_at <= ? ORDER BY finalised_at`).all(cutoff) as Row[];
    return rows.map((r) => String(r.id));
  }
  async deleteConference(id: string, docNames: readonly string[]) {
    this.db.transaction(() => {
      // Attendee sessions, lobby entries, record versions, record links and amendment requests go with the
      // conference and its attendees (ON DELETE CASCADE); staff sessions stay.
      this.prepare('DELETE FROM sessions WHERE conference_id = ?').run(id);
      this.prepare('DELETE FROM intents WHERE conference_id = ?').run(id);
      this.prepare('DELETE FROM scores WHERE conference_id = ?').run(id);
      this.prepare('DELETE FROM conference_staff WHERE conference_id = ?').run(id);
      this.keepLastGivenId();
      for (const name of docNames) {
        this.prepare('DELETE FROM doc_updates WHERE name = ?').run(name);
        this.prepare('DELETE FROM doc_snapshots WHERE name = ?').run(name);
      }
      this.prepare('DELETE FROM conferences WHERE id = ?').run(id);
    })();
  }

  async createAttendee(a: AttendeeRow) {
    this.prepare(`INSERT INTO attendees (id, conference_id, name, role, agency, attendance, token_hash, token_expires_at, revoked_at, redeemed_at, created_at, device_hash, language_needed, interpreter_booked)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(a.id, a.conferenceId, a.name, a.role, a.agency, a.attendance, a.tokenHash, a.tokenExpiresAt, a.revokedAt, a.redeemedAt, a.createdAt, a.deviceHash, a.languageNeeded, a.interpreterBooked ? 1 : 0);
  }
  async attendee(id: string) { return this.one('SELECT * FROM attendees WHERE id = ?', toAttendee, id); }
  async attendeesOf(conferenceId: string) {
    return (this.prepare('SELECT * FROM attendees WHERE conference_id = ? ORDER BY created_at').all(conferenceId) as Row[]).map(toAttendee);
  }
  async attendeeByTokenHash(h: string) { return this.one('SELECT * FROM attendees WHERE token_hash = ?', toAttendee, h); }
  async bindDevice(attendeeId: string, deviceHash: string) {
    // One statement, so two first redemptions racing each other cannot both bind.
    this.prepare('UPDATE attendees SET device_hash = ? WHERE id = ? AND device_hash IS NULL').run(deviceHash, attendeeId);
    const r = this.prepare('SELECT device_hash FROM attendees WHERE id = ?').get(attendeeId) as Row | undefined;
    return r?.device_hash === deviceHash;
  }

  async createLobbyEntry(l: LobbyRow) {
    this.prepare(`INSERT INTO lobby (id, conference_id, attendee_id, session_hash, status, created_at, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(l.id, l.conferenceId, l.attendeeId, l.sessionHash, l.status, l.createdAt, l.decidedAt, l.decidedBy);
  }
  async lobbyEntry(id: string) { return this.one('SELECT * FROM lobby WHERE id = ?', toLobby, id); }
  async waitingLobby(conferenceId: string) {
    return (this.prepare(`SELECT l.* FROM lobby l JOIN sessions s ON s.id_hash = l.session_hash
      WHERE l.conference_id = ? AND l.status = 'waiting' ORDER BY l.created_at`).all(conferenceId) as Row[]).map(toLobby);
  }
  async countWaiting(attendeeId: string) {
    return Number((this.prepare(`SELECT count(*) AS n FROM lobby l JOIN sessions s ON s.id_hash = l.session_hash
      WHERE l.attendee_id = ? AND l.status = 'waiting'`).get(attendeeId) as Row).n);
  }
  async decideLobby(id: string, status: 'admitted' | 'refused', by: string, at: string) {
    return this.prepare(`UPDATE lobby SET status = ?, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'waiting'`).run(status, at, by, id).changes === 1;
  }
  async updateAttendee(id: string, patch: Partial<AttendeeRow>) {
    const entries = Object.entries(patch).filter(([k]) => k in ATTENDEE_COLUMNS);
    if (!entries.length) return;
    const sets = entries.map(([k]) => `${ATTENDEE_COLUMNS[k]} = ?`).join(', ');
    this.prepare(`UPDATE attendees SET ${sets} WHERE id = ?`).run(...entries.map(([, v]) => columnValue(v)), id);
  }

  async loadDoc(name: string, afterId = 0): Promise<StoredDoc> {
    // The snapshot does not record the position it covers here, so a catch-up read always includes it.
    return this.db.transaction(() => {
      const snap = this.prepare('SELECT state FROM doc_snapshots WHERE name = ?').get(name) as Row | undefined;
      const rows = this.prepare('SELECT id, data FROM doc_updates WHERE name = ? AND id > ? ORDER BY id').all(name, afterId) as Row[];
      return {
        snapshot: snap ? new Uint8Array(snap.state as Buffer) : null,
        updates: rows.map((r) => new Uint8Array(r.data as Buffer)),
        lastId: rows.length ? Number(rows[rows.length - 1]!.id) : Math.max(afterId, this.lastId(name)),
      };
    })();
  }
  async appendUpdates(name: string, updates: readonly Uint8Array[]) {
    return this.appendMany([{ name, updates }])[0]!;
  }
  async appendUpdatesOfMany(batches: readonly { name: string; updates: readonly Uint8Array[] }[]) {
    return this.appendMany(batches);
  }
  private appendMany(batches: readonly { name: string; updates: readonly Uint8Array[] }[]): number[] {
    const given = this.lastGivenId;
    this.appendTx ??= this.db.transaction((bs: readonly { name: string; updates: readonly Uint8Array[] }[]): number[] => {
      const insert = this.prepare('INSERT INTO doc_updates (name, id, data) VALUES (?, ?, ?)');
      return bs.map(({ name, updates }) => {
        let last = 0;
        // The bytes are bound as they are, not copied.
        for (const u of updates) insert.run(name, (last = ++this.lastGivenId), Buffer.from(u.buffer, u.byteOffset, u.byteLength));
        return last || this.lastId(name);
      });
    });
    let lasts: number[];
    try {
      lasts = this.appendTx(batches);
    } catch (err) {
      // Rolled back: the ids were not used.
      this.lastGivenId = given;
      throw err;
    }
    if (++this.commitsSinceCheckpoint >= CHECKPOINT_EVERY_COMMITS) {
      this.commitsSinceCheckpoint = 0;
      this.checkpointer.request();
    }
    return lasts;
  }
  private commitsSinceCheckpoint = 0;
  private lastId(name: string): number {
    return Number((this.prepare('SELECT coalesce(max(id), 0) AS n FROM doc_updates WHERE name = ?').get(name) as Row).n);
  }
  async compact(name: string, snapshot: Uint8Array, uptoId: number) {
    this.db.transaction(() => {
      this.prepare('INSERT INTO doc_snapshots (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at')
        .run(name, Buffer.from(snapshot), new Date().toISOString());
      this.keepLastGivenId();
      this.prepare('DELETE FROM doc_updates WHERE name = ? AND id <= ?').run(name, uptoId);
    })();
  }
  /** Before deleting updates: a restart must not give their ids again. */
  private keepLastGivenId(): void {
    this.prepare('UPDATE doc_update_ids SET highest = ? WHERE highest < ?').run(this.lastGivenId, this.lastGivenId);
  }
  async lastUpdateId(name: string) {
    return this.lastId(name);
  }

  async intentAnswer(conferenceId: string, intentId: string) {
    const r = this.prepare('SELECT answer FROM intents WHERE conference_id = ? AND id = ?').get(conferenceId, intentId) as Row | undefined;
    return r ? String(r.answer) : null;
  }
  async saveIntentAnswer(conferenceId: string, intentId: string, attendeeKey: string, answer: string) {
    this.prepare('INSERT OR IGNORE INTO intents (conference_id, id, sender, answer, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(conferenceId, intentId, attendeeKey, answer, new Date().toISOString());
  }

  async upsertScore(s: ScoreRow) {
    this.prepare(`INSERT INTO scores (conference_id, round_id, attendee_id, name, role, score, reason, on_behalf, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(conference_id, round_id, attendee_id) DO UPDATE SET score = excluded.score, reason = excluded.reason, on_behalf = excluded.on_behalf, updated_at = excluded.updated_at, name = excluded.name, role = excluded.role`)
      .run(s.conferenceId, s.roundId, s.attendeeId, s.name, s.role, s.score, s.reason, s.onBehalf ? 1 : 0, s.updatedAt);
  }
  async scoresOf(conferenceId: string, roundId: string) {
    return (this.prepare('SELECT * FROM scores WHERE conference_id = ? AND round_id = ? ORDER BY attendee_id').all(conferenceId, roundId) as Row[]).map(toScore);
  }

  async appendAudit(make: (prev: { seq: number; hash: string }) => AuditRow) {
    // IMMEDIATE: read the chain's head and append under one write lock. A deferred transaction that
    // reads first cannot wait for another process's writer (the backup CLI beside the server); it fails.
    return this.db.transaction(() => {
      const last = this.prepare('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1').get() as Row | undefined;
      const row = make({ seq: last ? Number(last.seq) : 0, hash: last ? String(last.hash) : '' });
      this.prepare('INSERT INTO audit (seq, at, actor, role, conference_id, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(row.seq, row.at, row.actor, row.role, row.conferenceId, row.action, row.detail, row.prevHash, row.hash);
      return row;
    }).immediate();
  }
  async appendAuditRows(make: (prev: { seq: number; hash: string }) => AuditRow[]) {
    return this.db.transaction(() => {
      const last = this.prepare('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1').get() as Row | undefined;
      const rows = make({ seq: last ? Number(last.seq) : 0, hash: last ? String(last.hash) : '' });
      const insert = this.prepare('INSERT INTO audit (seq, at, actor, role, conference_id, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      for (const row of rows) insert.run(row.seq, row.at, row.actor, row.role, row.conferenceId, row.action, row.detail, row.prevHash, row.hash);
      return rows;
    }).immediate();
  }
  async listAudit({ afterSeq = 0, limit = 1000 }: { afterSeq?: number; limit?: number }) {
    return (this.prepare('SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as Row[]).map(toAudit);
  }

  async addRecordVersion(v: RecordVersionRow) {
    this.prepare(`INSERT INTO record_versions (conference_id, version, shared_state, professional_state, meta_json, hash, created_at, created_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(v.conferenceId, v.version, Buffer.from(v.sharedState), Buffer.from(v.professionalState), v.metaJson, v.hash, v.createdAt, v.createdBy);
  }
  async recordVersions(conferenceId: string) {
    return (this.prepare('SELECT * FROM record_versions WHERE conference_id = ? ORDER BY version').all(conferenceId) as Row[]).map(toRecordVersion);
  }
  async recordVersion(conferenceId: string, version: number) {
    return this.one('SELECT * FROM record_versions WHERE conference_id = ? AND version = ?', toRecordVersion, conferenceId, version);
  }

  async createRecordLink(l: RecordLinkRow) {
    this.prepare(`INSERT INTO record_links (id, conference_id, attendee_id, token_hash, editions, issued_at, issued_by, expires_at, first_download_at, revoked_at, language)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(l.id, l.conferenceId, l.attendeeId, l.tokenHash, JSON.stringify(l.editions), l.issuedAt, l.issuedBy, l.expiresAt, l.firstDownloadAt, l.revokedAt, l.language);
  }
  async recordLinkByTokenHash(h: string) { return this.one('SELECT * FROM record_links WHERE token_hash = ?', toRecordLink, h); }
  async recordLinksOf(conferenceId: string) {
    return (this.prepare('SELECT * FROM record_links WHERE conference_id = ? ORDER BY issued_at, id').all(conferenceId) as Row[]).map(toRecordLink);
  }
  async markRecordLinkDownloaded(id: string, at: string) {
    this.prepare('UPDATE record_links SET first_download_at = coalesce(first_download_at, ?) WHERE id = ?').run(at, id);
  }
  async revokeRecordLink(id: string, at: string) {
    this.prepare('UPDATE record_links SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(at, id);
  }
  async setRecordLinkLanguage(id: string, language: RecordLinkRow['language']) {
    this.prepare('UPDATE record_links SET language = ? WHERE id = ?').run(language, id);
  }
  async setRecordLanguage(conferenceId: string, language: ConferenceRow['recordLanguage']) {
    this.prepare('UPDATE conferences SET record_language = ? WHERE id = ?').run(language, conferenceId);
  }

  async createAmendment(a: AmendmentRow) {
    this.prepare(`INSERT INTO amendments (id, conference_id, link_id, attendee_id, part, wanted, received_at, late, status, decided_at, decided_by, response, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(a.id, a.conferenceId, a.linkId, a.attendeeId, a.part, a.wanted, a.receivedAt, a.late ? 1 : 0, a.status, a.decidedAt, a.decidedBy, a.response, a.version);
  }
  async amendment(id: string) { return this.one('SELECT * FROM amendments WHERE id = ?', toAmendment, id); }
  async amendmentsOf(conferenceId: string) {
    return (this.prepare('SELECT * FROM amendments WHERE conference_id = ? ORDER BY received_at, id').all(conferenceId) as Row[]).map(toAmendment);
  }
  async decideAmendment(id: string, d: { status: 'accepted' | 'declined'; at: string; by: string; response: string; version: number | null }) {
    return this.prepare(`UPDATE amendments SET status = ?, decided_at = ?, decided_by = ?, response = ?, version = ? WHERE id = ? AND status = 'waiting'`)
      .run(d.status, d.at, d.by, d.response, d.version, id).changes === 1;
  }

  async setting(key: string) {
    const r = this.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return r ? r.value : null;
  }
  async putSetting(key: string, json: string, by: string) {
    this.prepare('INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by')
      .run(key, json, new Date().toISOString(), by);
  }

  async checkWritable() {
    this.prepare('INSERT INTO store_health (id, checked_at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET checked_at = excluded.checked_at')
      .run(new Date().toISOString());
  }

  async close() {
    // The worker's connection first: the last connection to close checkpoints and removes the log.
    await this.checkpointer.close();
    this.db.close();
  }

  /** Resolves once no background checkpoint runs (tests). */
  checkpointsDone(): Promise<void> {
    return this.checkpointer.whenIdle();
  }

  /** No room is open: the checkpoint worker goes until the next commits need it. */
  releaseIdle(): Promise<void> {
    return this.checkpointer.close();
  }
}
