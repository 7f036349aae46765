/**
 * Numbered, forward-only migrations for the PostgreSQL store (several instances). The tables
 * mirror the SQLite ones, with two differences that several writers need: each document's log
 * is numbered per document by a head row (`doc_heads`) that appends lock, so sequence numbers
 * have no gaps and follow commit order; and each snapshot records the position it covers.
 * Times stay ISO-8601 text and booleans 0/1 integers, so both stores share one row mapping.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin','chair','notetaker')),
    password_hash TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE TABLE conferences (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, jurisdiction TEXT NOT NULL, starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL, ends_at_utc TEXT NOT NULL, venue TEXT NOT NULL, online INTEGER NOT NULL,
    children_json TEXT NOT NULL, status TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL, finalised_at TEXT);
  CREATE INDEX conferences_finalised ON conferences(finalised_at);
  CREATE TABLE attendees (
    id TEXT PRIMARY KEY, conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    name TEXT NOT NULL, role TEXT NOT NULL, agency TEXT NOT NULL, attendance TEXT NOT NULL,
    token_hash TEXT UNIQUE, token_expires_at TEXT, revoked_at TEXT, redeemed_at TEXT, created_at TEXT NOT NULL,
    device_hash TEXT);
  CREATE INDEX attendees_conference ON attendees(conference_id);
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    attendee_id TEXT REFERENCES attendees(id) ON DELETE CASCADE, conference_id TEXT, role TEXT NOT NULL,
    created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, expires_at TEXT NOT NULL, lobby_id TEXT);
  CREATE INDEX sessions_attendee ON sessions(attendee_id);
  CREATE INDEX sessions_conference ON sessions(conference_id);
  CREATE INDEX sessions_expiry ON sessions(expires_at);
  CREATE TABLE lobby (
    id TEXT PRIMARY KEY, conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    attendee_id TEXT NOT NULL REFERENCES attendees(id) ON DELETE CASCADE, session_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('waiting','admitted','refused')),
    created_at TEXT NOT NULL, decided_at TEXT, decided_by TEXT);
  CREATE INDEX lobby_conference ON lobby(conference_id, status);
  CREATE INDEX lobby_attendee ON lobby(attendee_id);
  CREATE TABLE doc_heads (name TEXT PRIMARY KEY, seq BIGINT NOT NULL);
  CREATE TABLE doc_updates (name TEXT NOT NULL, seq BIGINT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (name, seq));
  CREATE TABLE doc_snapshots (name TEXT PRIMARY KEY, state BYTEA NOT NULL, upto BIGINT NOT NULL, updated_at TEXT NOT NULL);
  CREATE TABLE intents (
    conference_id TEXT NOT NULL, id TEXT NOT NULL, sender TEXT NOT NULL, answer TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (conference_id, id));
  CREATE TABLE scores (
    conference_id TEXT NOT NULL, round_id TEXT NOT NULL, attendee_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10), reason TEXT NOT NULL, on_behalf INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (conference_id, round_id, attendee_id));
  CREATE TABLE audit (
    seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, conference_id TEXT,
    action TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
  CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN RAISE EXCEPTION 'audit is append-only'; END $$;
  CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL);
  `,
  // 2 — The council's own reference for a conference (as SQLite 4), and the readiness check's row (SF3, as SQLite 5).
  `
  ALTER TABLE conferences ADD COLUMN reference TEXT NOT NULL DEFAULT '';
  CREATE TABLE store_health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL);
  `,
  // 3 — Staff assigned to each conference (CS1, as SQLite 6); `n` keeps the order they were assigned in.
  `
  CREATE TABLE conference_staff (
    conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE, user_id TEXT NOT NULL REFERENCES users(id),
    assigned_by TEXT NOT NULL, assigned_at TEXT NOT NULL, n BIGSERIAL, PRIMARY KEY (conference_id, user_id));
  CREATE INDEX conference_staff_user ON conference_staff(user_id);
  INSERT INTO conference_staff (conference_id, user_id, assigned_by, assigned_at)
    SELECT id, created_by, created_by, created_at FROM conferences WHERE created_by IN (SELECT id FROM users);
  `,
  // 4 — The record after the meeting (as SQLite 7): finalised versions (immutable), personal record links,
  // amendment requests. A version is never updated, and deleted only with its conference (RT2).
  `
  CREATE TABLE record_versions (
    conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE, version INTEGER NOT NULL CHECK (version >= 1),
    shared_state BYTEA NOT NULL, professional_state BYTEA NOT NULL, meta_json TEXT NOT NULL, hash TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL, PRIMARY KEY (conference_id, version));
  CREATE FUNCTION record_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- The cascade from deleting the conference runs after its row is gone: only then may a version go.
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM conferences WHERE id = OLD.conference_id) THEN RETURN OLD; END IF;
    RAISE EXCEPTION 'a finalised version of the record cannot be changed';
  END $$;
  CREATE TRIGGER record_versions_no_change BEFORE UPDATE OR DELETE ON record_versions
    FOR EACH ROW EXECUTE FUNCTION record_versions_immutable();
  CREATE TABLE record_links (
    id TEXT PRIMARY KEY, conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    attendee_id TEXT NOT NULL REFERENCES attendees(id) ON DELETE CASCADE, token_hash TEXT NOT NULL UNIQUE,
    editions TEXT NOT NULL, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL, expires_at TEXT NOT NULL,
    first_download_at TEXT, revoked_at TEXT);
  CREATE INDEX record_links_conference ON record_links(conference_id);
  CREATE INDEX record_links_attendee ON record_links(attendee_id);
  CREATE TABLE amendments (
    id TEXT PRIMARY KEY, conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    link_id TEXT NOT NULL REFERENCES record_links(id) ON DELETE CASCADE, attendee_id TEXT NOT NULL,
    part TEXT NOT NULL, wanted TEXT NOT NULL, received_at TEXT NOT NULL, late INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('waiting','accepted','declined')),
    decided_at TEXT, decided_by TEXT, response TEXT, version INTEGER);
  CREATE INDEX amendments_conference ON amendments(conference_id, status);
  CREATE INDEX amendments_link ON amendments(link_id);
  `,
  // 5 — The conference's language (as SQLite 8): English, Welsh, or both with Welsh first.
  `
  ALTER TABLE conferences ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en','cy','cy-en'));
  `,
  // 6 — Cases (CA1) and the conference a review carried forward from (RV1), as SQLite 9.
  `
  ALTER TABLE conferences ADD COLUMN case_id TEXT;
  ALTER TABLE conferences ADD COLUMN previous_id TEXT;
  UPDATE conferences SET case_id = id;
  CREATE INDEX conferences_case ON conferences(case_id, starts_at);
  `,
  // 7 — As SQLite 10: the record's language per conference and per record link, and each attendee's language and interpreter.
  `
  ALTER TABLE conferences ADD COLUMN record_language TEXT CHECK (record_language IN ('en','cy','cy-en'));
  ALTER TABLE record_links ADD COLUMN language TEXT CHECK (language IN ('en','cy','cy-en'));
  ALTER TABLE attendees ADD COLUMN language_needed TEXT NOT NULL DEFAULT '';
  ALTER TABLE attendees ADD COLUMN interpreter_booked INTEGER NOT NULL DEFAULT 0;
  `,
];
