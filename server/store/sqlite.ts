import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_MIGRATIONS } from './sqliteSchema.ts';
import type { AttendeeRow, AuditRow, ConferenceRow, ScoreRow, SessionRow, Store, StoredDoc, UserRow } from './types.ts';

type Row = Record<string, unknown>;

const toUser = (r: Row): UserRow => ({
  id: String(r.id), email: String(r.email), name: String(r.name), role: r.role as UserRow['role'],
  passwordHash: String(r.password_hash), createdAt: String(r.created_at),
});
const toSession = (r: Row): SessionRow => ({
  idHash: String(r.id_hash), kind: r.kind as SessionRow['kind'], userId: (r.user_id as string) ?? null,
  attendeeId: (r.attendee_id as string) ?? null, conferenceId: (r.conference_id as string) ?? null,
  role: r.role as SessionRow['role'], createdAt: String(r.created_at), lastSeenAt: String(r.last_seen_at), expiresAt: String(r.expires_at),
});
const toConference = (r: Row): ConferenceRow => ({
  id: String(r.id), type: r.type as ConferenceRow['type'], jurisdiction: String(r.jurisdiction), startsAt: String(r.starts_at),
  endsAt: String(r.ends_at), endsAtUtc: String(r.ends_at_utc), venue: String(r.venue), online: r.online === 1,
  childrenJson: String(r.children_json), status: r.status as ConferenceRow['status'], createdBy: String(r.created_by), createdAt: String(r.created_at),
});
const toAttendee = (r: Row): AttendeeRow => ({
  id: String(r.id), conferenceId: String(r.conference_id), name: String(r.name), role: r.role as AttendeeRow['role'],
  agency: String(r.agency), attendance: r.attendance as AttendeeRow['attendance'], tokenHash: (r.token_hash as string) ?? null,
  tokenExpiresAt: (r.token_expires_at as string) ?? null, revokedAt: (r.revoked_at as string) ?? null,
  redeemedAt: (r.redeemed_at as string) ?? null, createdAt: String(r.created_at),
});
const toAudit = (r: Row): AuditRow => ({
  seq: Number(r.seq), at: String(r.at), actor: String(r.actor), role: String(r.role), conferenceId: (r.conference_id as string) ?? null,
  action: String(r.action), detail: String(r.detail), prevHash: String(r.prev_hash), hash: String(r.hash),
});

const ATTENDEE_COLUMNS: Record<string, string> = {
  name: 'name', role: 'role', agency: 'agency', attendance: 'attendance', tokenHash: 'token_hash',
  tokenExpiresAt: 'token_expires_at', revokedAt: 'revoked_at', redeemedAt: 'redeemed_at',
};

/**
 * The embedded store: one SQLite file in WAL mode. better-sqlite3 is synchronous, so every method
 * has committed by the time it returns; WAL with synchronous=NORMAL survives a killed process.
 */
export class SqliteStore implements Store {
  readonly db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.db = new Database(join(dataDir, 'conference-room.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set(this.db.prepare('SELECT version FROM schema_migrations').all().map((r) => (r as Row).version as number));
    for (const [i, sql] of SQLITE_MIGRATIONS.entries()) {
      const version = i + 1;
      if (done.has(version)) continue;
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(version, new Date().toISOString());
      })();
    }
  }

  private one<T>(sql: string, map: (r: Row) => T, ...args: unknown[]): T | null {
    const r = this.db.prepare(sql).get(...args) as Row | undefined;
    return r ? map(r) : null;
  }

  async createUser(u: UserRow) {
    this.db.prepare('INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt);
  }
  async userByEmail(email: string) { return this.one('SELECT * FROM users WHERE email = ?', toUser, email); }
  async userById(id: string) { return this.one('SELECT * FROM users WHERE id = ?', toUser, id); }
  async countUsers() { return Number((this.db.prepare('SELECT count(*) AS n FROM users').get() as Row).n); }

  async createSession(s: SessionRow) {
    this.db.prepare(`INSERT INTO sessions (id_hash, kind, user_id, attendee_id, conference_id, role, created_at, last_seen_at, expires_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(s.idHash, s.kind, s.userId, s.attendeeId, s.conferenceId, s.role, s.createdAt, s.lastSeenAt, s.expiresAt);
  }
  async sessionByHash(h: string) { return this.one('SELECT * FROM sessions WHERE id_hash = ?', toSession, h); }
  async touchSession(h: string, at: string) { this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(at, h); }
  async deleteSession(h: string) { this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(h); }
  async deleteSessionsFor(f: { attendeeId: string } | { conferenceId: string }) {
    const [col, val] = 'attendeeId' in f ? ['attendee_id', f.attendeeId] : ['conference_id', f.conferenceId];
    const rows = this.db.prepare(`DELETE FROM sessions WHERE ${col} = ? AND kind = 'attendee' RETURNING id_hash`).all(val) as Row[];
    return rows.map((r) => String(r.id_hash));
  }
  async deleteExpiredSessions(now: string) { return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes; }

  async createConference(c: ConferenceRow) {
    this.db.prepare(`INSERT INTO conferences (id, type, jurisdiction, starts_at, ends_at, ends_at_utc, venue, online, children_json, status, created_by, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(c.id, c.type, c.jurisdiction, c.startsAt, c.endsAt, c.endsAtUtc, c.venue, c.online ? 1 : 0, c.childrenJson, c.status, c.createdBy, c.createdAt);
  }
  async conference(id: string) { return this.one('SELECT * FROM conferences WHERE id = ?', toConference, id); }
  async listConferences() { return (this.db.prepare('SELECT * FROM conferences ORDER BY starts_at').all() as Row[]).map(toConference); }
  async setConferenceStatus(id: string, status: ConferenceRow['status']) { this.db.prepare('UPDATE conferences SET status = ? WHERE id = ?').run(status, id); }

  async createAttendee(a: AttendeeRow) {
    this.db.prepare(`INSERT INTO attendees (id, conference_id, name, role, agency, attendance, token_hash, token_expires_at, revoked_at, redeemed_at, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(a.id, a.conferenceId, a.name, a.role, a.agency, a.attendance, a.tokenHash, a.tokenExpiresAt, a.revokedAt, a.redeemedAt, a.createdAt);
  }
  async attendee(id: string) { return this.one('SELECT * FROM attendees WHERE id = ?', toAttendee, id); }
  async attendeesOf(conferenceId: string) {
    return (this.db.prepare('SELECT * FROM attendees WHERE conference_id = ? ORDER BY created_at').all(conferenceId) as Row[]).map(toAttendee);
  }
  async attendeeByTokenHash(h: string) { return this.one('SELECT * FROM attendees WHERE token_hash = ?', toAttendee, h); }
  async updateAttendee(id: string, patch: Partial<AttendeeRow>) {
    const entries = Object.entries(patch).filter(([k]) => k in ATTENDEE_COLUMNS);
    if (!entries.length) return;
    const sets = entries.map(([k]) => `${ATTENDEE_COLUMNS[k]} = ?`).join(', ');
    this.db.prepare(`UPDATE attendees SET ${sets} WHERE id = ?`).run(...entries.map(([, v]) => v), id);
  }

  async loadDoc(name: string): Promise<StoredDoc> {
    return this.db.transaction(() => {
      const snap = this.db.prepare('SELECT state FROM doc_snapshots WHERE name = ?').get(name) as Row | undefined;
      const rows = this.db.prepare('SELECT id, data FROM doc_updates WHERE name = ? ORDER BY id').all(name) as Row[];
      return {
        snapshot: snap ? new Uint8Array(snap.state as Buffer) : null,
        updates: rows.map((r) => new Uint8Array(r.data as Buffer)),
        lastId: rows.length ? Number(rows[rows.length - 1]!.id) : 0,
      };
    })();
  }
  async appendUpdates(name: string, updates: readonly Uint8Array[]) {
    const insert = this.db.prepare('INSERT INTO doc_updates (name, data) VALUES (?, ?)');
    this.db.transaction(() => { for (const u of updates) insert.run(name, Buffer.from(u)); })();
  }
  async compact(name: string, snapshot: Uint8Array, uptoId: number) {
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO doc_snapshots (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at')
        .run(name, Buffer.from(snapshot), new Date().toISOString());
      this.db.prepare('DELETE FROM doc_updates WHERE name = ? AND id <= ?').run(name, uptoId);
    })();
  }
  async lastUpdateId(name: string) {
    return Number((this.db.prepare('SELECT coalesce(max(id), 0) AS n FROM doc_updates WHERE name = ?').get(name) as Row).n);
  }

  async intentAnswer(conferenceId: string, intentId: string) {
    const r = this.db.prepare('SELECT answer FROM intents WHERE conference_id = ? AND id = ?').get(conferenceId, intentId) as Row | undefined;
    return r ? String(r.answer) : null;
  }
  async saveIntentAnswer(conferenceId: string, intentId: string, attendeeKey: string, answer: string) {
    this.db.prepare('INSERT OR IGNORE INTO intents (conference_id, id, sender, answer, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(conferenceId, intentId, attendeeKey, answer, new Date().toISOString());
  }

  async upsertScore(s: ScoreRow) {
    this.db.prepare(`INSERT INTO scores (conference_id, round_id, attendee_id, name, role, score, reason, on_behalf, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(conference_id, round_id, attendee_id) DO UPDATE SET score = excluded.score, reason = excluded.reason, on_behalf = excluded.on_behalf, updated_at = excluded.updated_at, name = excluded.name, role = excluded.role`)
      .run(s.conferenceId, s.roundId, s.attendeeId, s.name, s.role, s.score, s.reason, s.onBehalf ? 1 : 0, s.updatedAt);
  }
  async scoresOf(conferenceId: string, roundId: string) {
    return (this.db.prepare('SELECT * FROM scores WHERE conference_id = ? AND round_id = ? ORDER BY attendee_id').all(conferenceId, roundId) as Row[]).map((r) => ({
      conferenceId: String(r.conference_id), roundId: String(r.round_id), attendeeId: String(r.attendee_id), name: String(r.name),
      role: r.role as ScoreRow['role'], score: Number(r.score), reason: String(r.reason), onBehalf: r.on_behalf === 1, updatedAt: String(r.updated_at),
    }));
  }

  async appendAudit(make: (prev: { seq: number; hash: string }) => AuditRow) {
    return this.db.transaction(() => {
      const last = this.db.prepare('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1').get() as Row | undefined;
      const row = make({ seq: last ? Number(last.seq) : 0, hash: last ? String(last.hash) : '' });
      this.db.prepare('INSERT INTO audit (seq, at, actor, role, conference_id, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(row.seq, row.at, row.actor, row.role, row.conferenceId, row.action, row.detail, row.prevHash, row.hash);
      return row;
    })();
  }
  async listAudit({ afterSeq = 0, limit = 1000 }: { afterSeq?: number; limit?: number }) {
    return (this.db.prepare('SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as Row[]).map(toAudit);
  }

  async close() { this.db.close(); }
}
