/** Numbered, forward-only SQL migrations for the embedded store. Never edit a released entry. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin','chair','notetaker')),
    password_hash TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE TABLE conferences (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, jurisdiction TEXT NOT NULL, starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL, ends_at_utc TEXT NOT NULL, venue TEXT NOT NULL, online INTEGER NOT NULL,
    children_json TEXT NOT NULL, status TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES users(id), created_at TEXT NOT NULL);
  CREATE TABLE attendees (
    id TEXT PRIMARY KEY, conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    name TEXT NOT NULL, role TEXT NOT NULL, agency TEXT NOT NULL, attendance TEXT NOT NULL,
    token_hash TEXT UNIQUE, token_expires_at TEXT, revoked_at TEXT, redeemed_at TEXT, created_at TEXT NOT NULL);
  CREATE INDEX attendees_conference ON attendees(conference_id);
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
    attendee_id TEXT REFERENCES attendees(id) ON DELETE CASCADE, conference_id TEXT, role TEXT NOT NULL,
    created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, expires_at TEXT NOT NULL);
  CREATE INDEX sessions_attendee ON sessions(attendee_id);
  CREATE INDEX sessions_conference ON sessions(conference_id);
  CREATE TABLE doc_updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
  CREATE INDEX doc_updates_name ON doc_updates(name, id);
  CREATE TABLE doc_snapshots (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
  CREATE TABLE intents (
    conference_id TEXT NOT NULL, id TEXT NOT NULL, sender TEXT NOT NULL, answer TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (conference_id, id));
  CREATE TABLE scores (
    conference_id TEXT NOT NULL, round_id TEXT NOT NULL, attendee_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10), reason TEXT NOT NULL, on_behalf INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (conference_id, round_id, attendee_id));
  CREATE TABLE audit (
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, conference_id TEXT,
    action TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
  CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
  `,
  // 2 — Lobby and device binding (LB1, LB2), finalisation time for retention (RT1), expiry sweeps.
  `
  ALTER TABLE attendees ADD COLUMN device_hash TEXT;
  ALTER TABLE sessions ADD COLUMN lobby_id TEXT;
  ALTER TABLE conferences ADD COLUMN finalised_at TEXT;
  UPDATE conferences SET finalised_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE status = 'closed';
  CREATE INDEX conferences_finalised ON conferences(finalised_at);
  CREATE INDEX sessions_expiry ON sessions(expires_at);
  CREATE TABLE lobby (
    id TEXT PRIMARY KEY, conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    attendee_id TEXT NOT NULL REFERENCES attendees(id) ON DELETE CASCADE, session_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('waiting','admitted','refused')),
    created_at TEXT NOT NULL, decided_at TEXT, decided_by TEXT);
  CREATE INDEX lobby_conference ON lobby(conference_id, status);
  CREATE INDEX lobby_attendee ON lobby(attendee_id);
  `,
  // 3 — Council settings (ST1): one JSON document per key, changed only by an administrator.
  `
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL);
  `,
  // 4 — The council's own reference for a conference (optional), so two about the same children can be told apart.
  `
  ALTER TABLE conferences ADD COLUMN reference TEXT NOT NULL DEFAULT '';
  `,
  // 5 — One row rewritten by the readiness check (SF3): proof that the store can still be written.
  `
  CREATE TABLE store_health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL);
  `,
  // 6 — Staff assigned to each conference (CS1): only they can reach it. Existing conferences keep their creating chair.
  `
  CREATE TABLE conference_staff (
    conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE, user_id TEXT NOT NULL REFERENCES users(id),
    assigned_by TEXT NOT NULL, assigned_at TEXT NOT NULL, PRIMARY KEY (conference_id, user_id));
  CREATE INDEX conference_staff_user ON conference_staff(user_id);
  INSERT INTO conference_staff (conference_id, user_id, assigned_by, assigned_at)
    SELECT id, created_by, created_by, created_at FROM conferences WHERE created_by IN (SELECT id FROM users);
  `,
  // 7 — The record after the meeting: finalised versions (immutable), personal record links, amendment requests.
  `
  CREATE TABLE record_versions (
    conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE, version INTEGER NOT NULL CHECK (version >= 1),
    shared_state BLOB NOT NULL, professional_state BLOB NOT NULL, meta_json TEXT NOT NULL, hash TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL, PRIMARY KEY (conference_id, version));
  CREATE TRIGGER record_versions_immutable BEFORE UPDATE ON record_versions
    BEGIN SELECT RAISE(ABORT, 'a finalised version of the record cannot be changed'); END;
  CREATE TABLE record_links (
    id TEXT PRIMARY KEY, conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    attendee_id TEXT NOT NULL REFERENCES attendees(id) ON DELETE CASCADE, token_hash TEXT NOT NULL UNIQUE,
    editions TEXT NOT NULL, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL, expires_at TEXT NOT NULL,
    first_download_at TEXT, revoked_at TEXT);
  CREATE INDEX record_links_conference ON record_links(conference_id);
  CREATE TABLE amendments (
    id TEXT PRIMARY KEY, conference_id TEXT NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
    link_id TEXT NOT NULL REFERENCES record_links(id) ON DELETE CASCADE, attendee_id TEXT NOT NULL,
    part TEXT NOT NULL, wanted TEXT NOT NULL, received_at TEXT NOT NULL, late INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('waiting','accepted','declined')),
    decided_at TEXT, decided_by TEXT, response TEXT, version INTEGER);
  CREATE INDEX amendments_conference ON amendments(conference_id, status);
  `,
  // 8 — The conference's language (English, Welsh, or both with Welsh first), set by the chair.
  `
  ALTER TABLE conferences ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en','cy','cy-en'));
  `,
  // 9 — Cases (CA1): the conferences about the same children share a case id (the first conference's), and a
  // review names the conference it carried forward from (RV1). Every existing conference starts its own case.
  `
  ALTER TABLE conferences ADD COLUMN case_id TEXT;
  ALTER TABLE conferences ADD COLUMN previous_id TEXT;
  UPDATE conferences SET case_id = id;
  CREATE INDEX conferences_case ON conferences(case_id, starts_at);
  `,
  // 10 — The record's language (per conference and per record link; null follows the conference), and
  // the language each attendee needs, with whether an interpreter is booked.
  `
  ALTER TABLE conferences ADD COLUMN record_language TEXT CHECK (record_language IN ('en','cy','cy-en'));
  ALTER TABLE record_links ADD COLUMN language TEXT CHECK (language IN ('en','cy','cy-en'));
  ALTER TABLE attendees ADD COLUMN language_needed TEXT NOT NULL DEFAULT '';
  ALTER TABLE attendees ADD COLUMN interpreter_booked INTEGER NOT NULL DEFAULT 0;
  `,
  // 11 — A document's updates kept together, ordered by (name, id): compacting one document deletes
  // its rows from a few pages instead of one or two rows from each of hundreds shared with every other
  // document (measured with 200 documents: 4.4 ms and 1.7 MB of log per compaction → 0.5 ms and
  // 95 kB). Ids are given by the store (sqlite.ts); the highest ever given is kept for restarts.
  `
  CREATE TABLE doc_updates_by_name (name TEXT NOT NULL, id INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (name, id)) WITHOUT ROWID;
  INSERT INTO doc_updates_by_name (name, id, data) SELECT name, id, data FROM doc_updates;
  CREATE TABLE doc_update_ids (one INTEGER PRIMARY KEY CHECK (one = 1), highest INTEGER NOT NULL);
  INSERT INTO doc_update_ids VALUES (1, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'doc_updates'), 0));
  DROP TABLE doc_updates;
  ALTER TABLE doc_updates_by_name RENAME TO doc_updates;
  `,
];
