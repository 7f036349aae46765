import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Audit, type ChainCheck } from '../audit.ts';
import type { AuditStore } from './types.ts';
import { DB_FILE, SqliteStore } from './sqlite.ts';
import { SQLITE_MIGRATIONS } from './sqliteSchema.ts';
import { toAudit, type Row } from './sqliteRows.ts';
import { runningServerPid } from './pidFile.ts';

export interface DatabaseCheck {
  ok: boolean;
  problems: string[];
  schemaVersion: number;
  conferences: number;
  audit: ChainCheck | null;
}

const REQUIRED_TABLES = ['users', 'conferences', 'attendees', 'sessions', 'doc_updates', 'doc_snapshots', 'intents', 'scores', 'audit'];

/** The audit log of an open database, for `Audit.verifyStore`. */
function auditReader(db: Database.Database): AuditStore {
  return {
    appendAudit: () => Promise.reject(new Error('read only')),
    appendAuditRows: () => Promise.reject(new Error('read only')),
    listAudit: async ({ afterSeq = 0, limit = 1000 }) =>
      (db.prepare('SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as Row[]).map(toAudit),
  };
}

/** BK1 — Is this file one of our databases, undamaged, from this version or an older one, with an intact audit chain? */
export async function checkDatabaseFile(path: string): Promise<DatabaseCheck> {
  const problems: string[] = [];
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('schema_version'); // reading a non-database file fails here
  } catch (err) {
    return { ok: false, problems: [`not a readable SQLite database (${(err as Error).message})`], schemaVersion: 0, conferences: 0, audit: null };
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity check failed: ${String(integrity)}`);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Row[]).map((r) => String(r.name)));
    const missing = [...REQUIRED_TABLES, 'schema_migrations'].filter((t) => !tables.has(t));
    if (missing.length) {
      problems.push(`not a Conference Room database (missing ${missing.join(', ')})`);
      return { ok: false, problems, schemaVersion: 0, conferences: 0, audit: null };
    }
    const versions = (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Row[]).map((r) => Number(r.version));
    const schemaVersion = versions.length;
    if (versions.some((v, i) => v !== i + 1)) problems.push('its migrations are not numbered 1, 2, 3…');
    if (schemaVersion > SQLITE_MIGRATIONS.length) problems.push(`it comes from a newer version (schema ${schemaVersion}, this one knows ${SQLITE_MIGRATIONS.length})`);
    const audit = await Audit.verifyStore(auditReader(db));
    if (!audit.ok) problems.push(`the audit chain is broken at entry ${audit.brokenAt}`);
    const conferences = Number((db.prepare('SELECT count(*) AS n FROM conferences').get() as Row).n);
    return { ok: problems.length === 0, problems, schemaVersion, conferences, audit };
  } finally {
    db.close();
  }
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Make a copy a single self-contained file (no -wal or -shm next to it), readable anywhere. */
function detach(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.close();
}

/**
 * BK2 — Copy the live database with SQLite's online backup API: consistent even while the server
 * writes (SQLite restarts the copy if a page changes under it). Writes to a temporary file, checks
 * it, then renames, so a failed backup never leaves a half file under the requested name.
 */
export async function backupDatabase(dataDir: string, out: string, opts: { force?: boolean } = {}): Promise<{ path: string; sha256: string; check: DatabaseCheck }> {
  const source = join(dataDir, DB_FILE);
  const target = resolve(out);
  if (!existsSync(source)) throw new Error(`There is no database in ${dataDir}.`);
  if (existsSync(target) && !opts.force) throw new Error(`${target} already exists. Choose another name, or add --force to overwrite it.`);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.partial`;
  rmSync(tmp, { force: true });
  const store = new SqliteStore(dataDir);
  try {
    await store.db.backup(tmp);
    detach(tmp);
    chmodSync(tmp, 0o600); // it holds everything the server holds
    const check = await checkDatabaseFile(tmp);
    if (!check.ok) throw new Error(`The backup did not check out: ${check.problems.join('; ')}`);
    renameSync(tmp, target);
    const digest = sha256(target);
    await new Audit(store).record({ actor: 'cli', role: 'admin', action: 'backup_created', detail: `sha256:${digest.slice(0, 16)}` });
    return { path: target, sha256: digest, check };
  } finally {
    rmSync(tmp, { force: true });
    await store.close();
  }
}

/**
 * BK3 — Replace DATA_DIR's database by a backup. Refuses while a server runs on it, refuses to
 * overwrite an existing database without `force`, and refuses a file that is not ours or whose
 * audit chain is broken. Stale -wal/-shm files are removed so they cannot be replayed onto it.
 */
export async function restoreDatabase(dataDir: string, from: string, opts: { force?: boolean } = {}): Promise<{ sha256: string; check: DatabaseCheck }> {
  const pid = runningServerPid(dataDir);
  if (pid !== null) throw new Error(`A server (process ${pid}) is using ${dataDir}. Stop it first.`);
  const source = resolve(from);
  const check = await checkDatabaseFile(source);
  if (!check.ok) throw new Error(`${source} cannot be restored: ${check.problems.join('; ')}`);
  const dest = join(dataDir, DB_FILE);
  if (existsSync(dest) && !opts.force) throw new Error(`${dest} already exists. Add --force to replace it (take a backup of it first).`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const tmp = `${dest}.restoring`;
  rmSync(tmp, { force: true });
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await src.backup(tmp);
  } finally {
    src.close();
  }
  detach(tmp);
  chmodSync(tmp, 0o600);
  for (const f of [dest, `${dest}-wal`, `${dest}-shm`]) rmSync(f, { force: true });
  renameSync(tmp, dest);
  const digest = sha256(source);
  // Opening runs any newer migrations; the restore is the next link of the restored chain.
  const store = new SqliteStore(dataDir);
  try {
    await new Audit(store).record({ actor: 'cli', role: 'admin', action: 'store_restored', detail: `sha256:${digest.slice(0, 16)}` });
  } finally {
    await store.close();
  }
  return { sha256: digest, check };
}
