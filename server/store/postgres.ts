import pg from 'pg';
import { POSTGRES_MIGRATIONS } from './postgresSchema.ts';
import { StorageUnavailableError } from './unavailable.ts';
import type { AmendmentRow, AttendeeRow, AuditRow, ConferenceRow, ExpiryCutoffs, LobbyRow, RecordLinkRow, RecordVersionRow, ScoreRow, SessionRow, StaffAssignmentRow, Store, StoredDoc, UserRow } from './types.ts';
import { ATTENDEE_COLUMNS, columnValue, toAmendment, toAttendee, toAudit, toConference, toLobby, toRecordLink, toRecordVersion, toScore, toSession, toStaffAssignment, toUser, type Row } from './sqliteRows.ts';

// BIGINT columns come back as strings by default; our sequence numbers fit a double comfortably.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Advisory lock keys: one for migrations, one that serialises audit appends into one chain (AU1). */
const MIGRATION_LOCK = 7_301_401;
const AUDIT_LOCK = 7_301_402;
/** The first half of two-key advisory locks on one document (the second is a hash of its name). */
const DOC_LOCK_SPACE = 7_301;

/**
 * SF1 — The database cannot be reached or cannot write (connection lost, refused or timed out,
 * shutting down, out of resources, read-only): callers answer 503 `storage_unavailable`. What the
 * database refused on its merits (a duplicate, a check) stays as it is.
 */
function unavailable(err: unknown): unknown {
  if (err instanceof StorageUnavailableError) return err;
  if (err instanceof pg.DatabaseError) {
    const code = err.code ?? '';
    return /^(08|53|57|58)/.test(code) || code === '25006' ? new StorageUnavailableError(err) : err;
  }
  // The driver's own failures: a socket error (ECONNREFUSED, EPIPE…), a lost or timed-out connection, a closed pool.
  const e = err as { code?: unknown; message?: unknown };
  const network = typeof e.code === 'string' && e.code.startsWith('E');
  const driver = typeof e.message === 'string' && /connect|terminat|timeout|pool|closed/i.test(e.message);
  return network || driver ? new StorageUnavailableError(err) : err;
}

export interface PostgresOptions {
  /** A schema of its own (tests run side by side in one database); created when missing. */
  schema?: string;
  /** Connections per instance. */
  max?: number;
}

/**
 * The store for several instances: PostgreSQL is the truth for every instance. Each method commits
 * before its promise resolves. A lost connection rejects the call (the caller refuses with
 * `storage_unavailable`); the pool reconnects on the next call.
 */
export class PostgresStore implements Store {
  private constructor(readonly pool: pg.Pool) {}

  static async open(url: string, opts: PostgresOptions = {}): Promise<PostgresStore> {
    if (opts.schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(opts.schema)) throw new Error('invalid schema name');
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.max ?? 10,
      // Fail fast when the database is away, so edits are refused promptly instead of hanging.
      connectionTimeoutMillis: 3000,
      query_timeout: 5000,
      keepAlive: true,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    // An idle client whose server went away emits here; without a listener it would end the process.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool);
    await store.migrate(opts.schema);
    return store;
  }

  private async migrate(schema?: string): Promise<void> {
    await this.tx(async (c) => {
      // Instances starting together: one migrates, the others wait and then find it done.
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      const done = new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r: Row) => Number(r.version)));
      for (const [i, sql] of POSTGRES_MIGRATIONS.entries()) {
        if (done.has(i + 1)) continue;
        await c.query(sql);
        await c.query('INSERT INTO schema_migrations VALUES ($1, $2)', [i + 1, new Date().toISOString()]);
      }
    });
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const c = await this.pool.connect().catch((err: unknown) => { throw unavailable(err); });
    // A connection lost between two statements emits 'error' on the client; the failing query reports it.
    const ignore = () => undefined;
    c.on('error', ignore);
    try {
      await c.query(begin);
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw unavailable(err);
    } finally {
      c.off('error', ignore);
      c.release();
    }
  }

  /** Every statement outside a transaction goes through here, so an unreachable database reads as one error. */
  private q(sql: string, args: unknown[] = []): Promise<pg.QueryResult> {
    return this.pool.query(sql, args).catch((err: unknown) => { throw unavailable(err); });
  }

  private async rows(sql: string, args: unknown[] = []): Promise<Row[]> {
    return (await this.q(sql, args)).rows as Row[];
  }

  private async one<T>(sql: string, map: (r: Row) => T, ...args: unknown[]): Promise<T | null> {
    const r = (await this.rows(sql, args))[0];
    return r ? map(r) : null;
  }

  async createUser(u: UserRow) {
    await this.q('INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt]);
  }
  userByEmail(email: string) { return this.one('SELECT * FROM users WHERE email = $1', toUser, email); }
  userById(id: string) { return this.one('SELECT * FROM users WHERE id = $1', toUser, id); }
  async listUsers() { return (await this.rows('SELECT * FROM users ORDER BY name, id')).map(toUser); }
  async countUsers() { return Number((await this.rows('SELECT count(*) AS n FROM users'))[0]!.n); }

  async createSession(s: SessionRow) {
    await this.q(`INSERT INTO sessions (id_hash, kind, user_id, attendee_id, conference_id, role, created_at, last_seen_at, expires_at, lobby_id)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [s.idHash, s.kind, s.userId, s.attendeeId, s.conferenceId, s.role, s.createdAt, s.lastSeenAt, s.expiresAt, s.lobbyId]);
  }
  sessionByHash(h: string) { return this.one('SELECT * FROM sessions WHERE id_hash = $1', toSession, h); }
  async touchSession(h: string, at: string) { await this.q('UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2', [at, h]); }
  async deleteSession(h: string) { await this.q('DELETE FROM sessions WHERE id_hash = $1', [h]); }
  async deleteSessionsFor(f: { attendeeId: string } | { conferenceId: string }) {
    const [col, val] = 'attendeeId' in f ? ['attendee_id', f.attendeeId] : ['conference_id', f.conferenceId];
    const rows = await this.rows(`DELETE FROM sessions WHERE ${col} = $1 AND kind = 'attendee' RETURNING id_hash`, [val]);
    return rows.map((r) => String(r.id_hash));
  }
  async expireSessions(c: ExpiryCutoffs) {
    const rows = await this.rows(`DELETE FROM sessions WHERE expires_at <= $1
      OR (kind = 'staff' AND last_seen_at <= $2) OR (kind = 'attendee' AND last_seen_at <= $3) RETURNING id_hash`,
    [c.now, c.staffIdleBefore, c.attendeeIdleBefore]);
    return rows.map((r) => String(r.id_hash));
  }
  async touchSessions(hashes: readonly string[], at: string) {
    if (!hashes.length) return;
    await this.q('UPDATE sessions SET last_seen_at = $1 WHERE id_hash = ANY($2) AND last_seen_at < $1', [at, [...hashes]]);
  }
  async liveSessions(hashes: readonly string[]) {
    if (!hashes.length) return new Set<string>();
    const rows = await this.rows('SELECT id_hash FROM sessions WHERE id_hash = ANY($1)', [[...hashes]]);
    const live = new Set(rows.map((r) => String(r.id_hash)));
    return new Set(hashes.filter((h) => live.has(h)));
  }

  async createConference(c: ConferenceRow) {
    await this.q(`INSERT INTO conferences (id, type, jurisdiction, starts_at, ends_at, ends_at_utc, venue, online, reference, language, children_json, status, created_by, created_at, finalised_at, case_id, previous_id)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [c.id, c.type, c.jurisdiction, c.startsAt, c.endsAt, c.endsAtUtc, c.venue, c.online ? 1 : 0, c.reference, c.language, c.childrenJson, c.status, c.createdBy, c.createdAt, c.finalisedAt, c.caseId, c.previousId]);
  }
  async updateConferenceSchedule(id: string, s: Pick<ConferenceRow, 'startsAt' | 'endsAt' | 'endsAtUtc' | 'venue' | 'online' | 'reference'>) {
    await this.q('UPDATE conferences SET starts_at = $1, ends_at = $2, ends_at_utc = $3, venue = $4, online = $5, reference = $6 WHERE id = $7',
      [s.startsAt, s.endsAt, s.endsAtUtc, s.venue, s.online ? 1 : 0, s.reference, id]);
  }
  async updateConferenceChildren(id: string, childrenJson: string) {
    await this.q('UPDATE conferences SET children_json = $1 WHERE id = $2', [childrenJson, id]);
  }
  conference(id: string) { return this.one('SELECT * FROM conferences WHERE id = $1', toConference, id); }
  async listConferences() { return (await this.rows('SELECT * FROM conferences ORDER BY starts_at')).map(toConference); }
  async setConferenceLanguage(id: string, language: ConferenceRow['language']) {
    await this.q('UPDATE conferences SET language = $1 WHERE id = $2', [language, id]);
  }
  async setConferenceStatus(id: string, status: ConferenceRow['status'], at = new Date().toISOString()) {
    await this.q(`UPDATE conferences SET status = $1, finalised_at = CASE WHEN $1 = 'closed' THEN coalesce(finalised_at, $2) ELSE NULL END WHERE id = $3`,
      [status, at, id]);
  }
  async assignStaff(a: StaffAssignmentRow) {
    await this.q('INSERT INTO conference_staff (conference_id, user_id, assigned_by, assigned_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [a.conferenceId, a.userId, a.assignedBy, a.assignedAt]);
  }
  async unassignStaff(conferenceId: string, userId: string) {
    await this.q('DELETE FROM conference_staff WHERE conference_id = $1 AND user_id = $2', [conferenceId, userId]);
  }
  async staffOf(conferenceId: string) {
    return (await this.rows('SELECT * FROM conference_staff WHERE conference_id = $1 ORDER BY assigned_at, n', [conferenceId])).map(toStaffAssignment);
  }
  async conferencesOfStaff(userId: string) {
    return (await this.rows(`SELECT c.* FROM conferences c JOIN conference_staff s ON s.conference_id = c.id
      WHERE s.user_id = $1 ORDER BY c.starts_at`, [userId])).map(toConference);
  }
  async conferencesOfCase(caseId: string) {
    return (await this.rows('SELECT * FROM conferences WHERE case_id = $1 ORDER BY starts_at, created_at, id', [caseId])).map(toConference);
  }
  async conferencesFinalisedBefore(cutoff: string) {
    const rows = await this.rows(`SELECT id FROM conferences WHERE status = 'closed' AND finalised_at IS NOT NULL AND finalised_at <= $1 ORDER BY finalised_at`, [cutoff]);
    return rows.map((r) => String(r.id));
  }
  async deleteConference(id: string, docNames: readonly string[]) {
    await this.tx(async (c) => {
      // Attendee sessions, lobby entries, record versions, record links and amendment requests go with the
      // conference and its attendees (ON DELETE CASCADE); staff sessions stay.
      await c.query('DELETE FROM sessions WHERE conference_id = $1', [id]);
      await c.query('DELETE FROM intents WHERE conference_id = $1', [id]);
      await c.query('DELETE FROM scores WHERE conference_id = $1', [id]);
      const names = [...docNames];
      await c.query('DELETE FROM doc_updates WHERE name = ANY($1)', [names]);
      await c.query('DELETE FROM doc_snapshots WHERE name = ANY($1)', [names]);
      await c.query('DELETE FROM doc_heads WHERE name = ANY($1)', [names]);
      await c.query('DELETE FROM conferences WHERE id = $1', [id]);
    });
  }

  async createAttendee(a: AttendeeRow) {
    await this.q(`INSERT INTO attendees (id, conference_id, name, role, agency, attendance, token_hash, token_expires_at, revoked_at, redeemed_at, created_at, device_hash, language_needed, interpreter_booked)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [a.id, a.conferenceId, a.name, a.role, a.agency, a.attendance, a.tokenHash, a.tokenExpiresAt, a.revokedAt, a.redeemedAt, a.createdAt, a.deviceHash, a.languageNeeded, a.interpreterBooked ? 1 : 0]);
  }
  attendee(id: string) { return this.one('SELECT * FROM attendees WHERE id = $1', toAttendee, id); }
  async attendeesOf(conferenceId: string) {
    return (await this.rows('SELECT * FROM attendees WHERE conference_id = $1 ORDER BY created_at', [conferenceId])).map(toAttendee);
  }
  attendeeByTokenHash(h: string) { return this.one('SELECT * FROM attendees WHERE token_hash = $1', toAttendee, h); }
  async updateAttendee(id: string, patch: Partial<AttendeeRow>) {
    const entries = Object.entries(patch).filter(([k]) => k in ATTENDEE_COLUMNS);
    if (!entries.length) return;
    const sets = entries.map(([k], i) => `${ATTENDEE_COLUMNS[k]} = $${i + 1}`).join(', ');
    await this.q(`UPDATE attendees SET ${sets} WHERE id = $${entries.length + 1}`, [...entries.map(([, v]) => columnValue(v)), id]);
  }
  async bindDevice(attendeeId: string, deviceHash: string) {
    // One statement, so two first redemptions racing each other (on any instances) cannot both bind.
    await this.q('UPDATE attendees SET device_hash = $1 WHERE id = $2 AND device_hash IS NULL', [deviceHash, attendeeId]);
    const r = (await this.rows('SELECT device_hash FROM attendees WHERE id = $1', [attendeeId]))[0];
    return r?.device_hash === deviceHash;
  }

  async createLobbyEntry(l: LobbyRow) {
    await this.q(`INSERT INTO lobby (id, conference_id, attendee_id, session_hash, status, created_at, decided_at, decided_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [l.id, l.conferenceId, l.attendeeId, l.sessionHash, l.status, l.createdAt, l.decidedAt, l.decidedBy]);
  }
  lobbyEntry(id: string) { return this.one('SELECT * FROM lobby WHERE id = $1', toLobby, id); }
  async waitingLobby(conferenceId: string) {
    return (await this.rows(`SELECT l.* FROM lobby l JOIN sessions s ON s.id_hash = l.session_hash
      WHERE l.conference_id = $1 AND l.status = 'waiting' ORDER BY l.created_at`, [conferenceId])).map(toLobby);
  }
  async countWaiting(attendeeId: string) {
    return Number((await this.rows(`SELECT count(*) AS n FROM lobby l JOIN sessions s ON s.id_hash = l.session_hash
      WHERE l.attendee_id = $1 AND l.status = 'waiting'`, [attendeeId]))[0]!.n);
  }
  async decideLobby(id: string, status: 'admitted' | 'refused', by: string, at: string) {
    const r = await this.q(`UPDATE lobby SET status = $1, decided_at = $2, decided_by = $3 WHERE id = $4 AND status = 'waiting'`, [status, at, by, id]);
    return r.rowCount === 1;
  }

  async loadDoc(name: string, afterId = 0): Promise<StoredDoc> {
    // One snapshot of the database: a compaction by another instance cannot slip between the two reads.
    return this.tx(async (c) => {
      const snap = (await c.query('SELECT state, upto FROM doc_snapshots WHERE name = $1', [name])).rows[0] as Row | undefined;
      const snapUpto = snap ? Number(snap.upto) : 0;
      const withSnapshot = snap !== undefined && snapUpto > afterId;
      const from = Math.max(afterId, withSnapshot ? snapUpto : 0);
      const rows = (await c.query('SELECT seq, data FROM doc_updates WHERE name = $1 AND seq > $2 ORDER BY seq', [name, from])).rows as Row[];
      return {
        snapshot: withSnapshot ? new Uint8Array(snap.state as Buffer) : null,
        updates: rows.map((r) => new Uint8Array(r.data as Buffer)),
        lastId: rows.length ? Number(rows[rows.length - 1]!.seq) : Math.max(from, snapUpto),
      };
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }
  async appendUpdates(name: string, updates: readonly Uint8Array[]) {
    if (!updates.length) return this.lastUpdateId(name);
    return this.tx(async (c) => {
      // The head row's lock orders appenders on one document: numbers follow commit order, without gaps.
      const head = await c.query(`INSERT INTO doc_heads (name, seq) VALUES ($1, $2)
        ON CONFLICT (name) DO UPDATE SET seq = doc_heads.seq + $2 RETURNING seq`, [name, updates.length]);
      const last = Number((head.rows[0] as Row).seq);
      const first = last - updates.length + 1;
      await c.query('INSERT INTO doc_updates (name, seq, data) SELECT $1, $2::bigint + i - 1, d FROM unnest($3::bytea[]) WITH ORDINALITY AS t(d, i)',
        [name, first, updates.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength))]);
      return last;
    });
  }
  async compact(name: string, snapshot: Uint8Array, uptoId: number) {
    await this.tx(async (c) => {
      // A lagging instance's older snapshot never replaces a newer one.
      await c.query(`INSERT INTO doc_snapshots (name, state, upto, updated_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (name) DO UPDATE SET state = excluded.state, upto = excluded.upto, updated_at = excluded.updated_at
        WHERE doc_snapshots.upto < excluded.upto`, [name, Buffer.from(snapshot), uptoId, new Date().toISOString()]);
      await c.query('DELETE FROM doc_updates WHERE name = $1 AND seq <= $2', [name, uptoId]);
    });
  }
  async lastUpdateId(name: string) {
    return Number((await this.rows('SELECT coalesce(max(seq), 0) AS n FROM doc_heads WHERE name = $1', [name]))[0]!.n);
  }

  async withDocLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const c = await this.pool.connect().catch((err: unknown) => { throw unavailable(err); });
    const ignore = () => undefined;
    c.on('error', ignore);
    let unlocked = false;
    try {
      // A session-level lock on its own connection: `fn` commits through other connections meanwhile.
      await c.query('SELECT pg_advisory_lock($1, hashtext($2))', [DOC_LOCK_SPACE, name]);
      try {
        return await fn();
      } finally {
        unlocked = await c.query('SELECT pg_advisory_unlock($1, hashtext($2))', [DOC_LOCK_SPACE, name]).then(() => true, () => false);
      }
    } finally {
      c.off('error', ignore);
      // A connection that could not unlock is closed, which releases the lock, rather than pooled holding it.
      c.release(!unlocked);
    }
  }

  async intentAnswer(conferenceId: string, intentId: string) {
    const r = (await this.rows('SELECT answer FROM intents WHERE conference_id = $1 AND id = $2', [conferenceId, intentId]))[0];
    return r ? String(r.answer) : null;
  }
  async saveIntentAnswer(conferenceId: string, intentId: string, attendeeKey: string, answer: string) {
    await this.q('INSERT INTO intents (conference_id, id, sender, answer, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
      [conferenceId, intentId, attendeeKey, answer, new Date().toISOString()]);
  }

  async upsertScore(s: ScoreRow) {
    await this.q(`INSERT INTO scores (conference_id, round_id, attendee_id, name, role, score, reason, on_behalf, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      ON CONFLICT (conference_id, round_id, attendee_id) DO UPDATE SET score = excluded.score, reason = excluded.reason, on_behalf = excluded.on_behalf, updated_at = excluded.updated_at, name = excluded.name, role = excluded.role`,
    [s.conferenceId, s.roundId, s.attendeeId, s.name, s.role, s.score, s.reason, s.onBehalf ? 1 : 0, s.updatedAt]);
  }
  async scoresOf(conferenceId: string, roundId: string) {
    return (await this.rows('SELECT * FROM scores WHERE conference_id = $1 AND round_id = $2 ORDER BY attendee_id', [conferenceId, roundId])).map(toScore);
  }

  async appendAudit(make: (prev: { seq: number; hash: string }) => AuditRow) {
    return this.tx(async (c) => {
      // AU1 with several writers: one append at a time across every instance, so the chain never forks.
      await c.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
      const last = (await c.query('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1')).rows[0] as Row | undefined;
      const row = make({ seq: last ? Number(last.seq) : 0, hash: last ? String(last.hash) : '' });
      await c.query('INSERT INTO audit (seq, at, actor, role, conference_id, action, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [row.seq, row.at, row.actor, row.role, row.conferenceId, row.action, row.detail, row.prevHash, row.hash]);
      return row;
    });
  }
  async appendAuditRows(make: (prev: { seq: number; hash: string }) => AuditRow[]) {
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
      const last = (await c.query('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1')).rows[0] as Row | undefined;
      const rows = make({ seq: last ? Number(last.seq) : 0, hash: last ? String(last.hash) : '' });
      for (const row of rows) {
        await c.query('INSERT INTO audit (seq, at, actor, role, conference_id, action, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [row.seq, row.at, row.actor, row.role, row.conferenceId, row.action, row.detail, row.prevHash, row.hash]);
      }
      return rows;
    });
  }
  async listAudit({ afterSeq = 0, limit = 1000 }: { afterSeq?: number; limit?: number }) {
    return (await this.rows('SELECT * FROM audit WHERE seq > $1 ORDER BY seq LIMIT $2', [afterSeq, limit])).map(toAudit);
  }

  async addRecordVersion(v: RecordVersionRow) {
    await this.q(`INSERT INTO record_versions (conference_id, version, shared_state, professional_state, meta_json, hash, created_at, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [v.conferenceId, v.version, Buffer.from(v.sharedState), Buffer.from(v.professionalState), v.metaJson, v.hash, v.createdAt, v.createdBy]);
  }
  async recordVersions(conferenceId: string) {
    return (await this.rows('SELECT * FROM record_versions WHERE conference_id = $1 ORDER BY version', [conferenceId])).map(toRecordVersion);
  }
  recordVersion(conferenceId: string, version: number) {
    return this.one('SELECT * FROM record_versions WHERE conference_id = $1 AND version = $2', toRecordVersion, conferenceId, version);
  }

  async createRecordLink(l: RecordLinkRow) {
    await this.q(`INSERT INTO record_links (id, conference_id, attendee_id, token_hash, editions, issued_at, issued_by, expires_at, first_download_at, revoked_at, language)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [l.id, l.conferenceId, l.attendeeId, l.tokenHash, JSON.stringify(l.editions), l.issuedAt, l.issuedBy, l.expiresAt, l.firstDownloadAt, l.revokedAt, l.language]);
  }
  recordLinkByTokenHash(h: string) { return this.one('SELECT * FROM record_links WHERE token_hash = $1', toRecordLink, h); }
  async recordLinksOf(conferenceId: string) {
    return (await this.rows('SELECT * FROM record_links WHERE conference_id = $1 ORDER BY issued_at, id', [conferenceId])).map(toRecordLink);
  }
  async markRecordLinkDownloaded(id: string, at: string) {
    await this.q('UPDATE record_links SET first_download_at = coalesce(first_download_at, $1) WHERE id = $2', [at, id]);
  }
  async revokeRecordLink(id: string, at: string) {
    await this.q('UPDATE record_links SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2', [at, id]);
  }
  async setRecordLinkLanguage(id: string, language: RecordLinkRow['language']) {
    await this.q('UPDATE record_links SET language = $1 WHERE id = $2', [language, id]);
  }
  async setRecordLanguage(conferenceId: string, language: ConferenceRow['recordLanguage']) {
    await this.q('UPDATE conferences SET record_language = $1 WHERE id = $2', [language, conferenceId]);
  }

  async createAmendment(a: AmendmentRow) {
    await this.q(`INSERT INTO amendments (id, conference_id, link_id, attendee_id, part, wanted, received_at, late, status, decided_at, decided_by, response, version)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [a.id, a.conferenceId, a.linkId, a.attendeeId, a.part, a.wanted, a.receivedAt, a.late ? 1 : 0, a.status, a.decidedAt, a.decidedBy, a.response, a.version]);
  }
  amendment(id: string) { return this.one('SELECT * FROM amendments WHERE id = $1', toAmendment, id); }
  async amendmentsOf(conferenceId: string) {
    return (await this.rows('SELECT * FROM amendments WHERE conference_id = $1 ORDER BY received_at, id', [conferenceId])).map(toAmendment);
  }
  async decideAmendment(id: string, d: { status: 'accepted' | 'declined'; at: string; by: string; response: string; version: number | null }) {
    // One statement: two staff deciding at once (on any instances), the first decision stands (AM3).
    const r = await this.q(`UPDATE amendments SET status = $1, decided_at = $2, decided_by = $3, response = $4, version = $5 WHERE id = $6 AND status = 'waiting'`,
      [d.status, d.at, d.by, d.response, d.version, id]);
    return r.rowCount === 1;
  }

  async setting(key: string) {
    const r = (await this.rows('SELECT value FROM settings WHERE key = $1', [key]))[0];
    return r ? String(r.value) : null;
  }
  async putSetting(key: string, json: string, by: string) {
    await this.q(`INSERT INTO settings (key, value, updated_at, updated_by) VALUES ($1, $2, $3, $4)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [key, json, new Date().toISOString(), by]);
  }

  async checkWritable() {
    await this.q(`INSERT INTO store_health (id, checked_at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`,
      [new Date().toISOString()]);
  }

  async close() { await this.pool.end(); }
}
