import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import { addItem } from '../../shared/commands/items.ts';
import { project } from '../../shared/schema/project.ts';
import { restoreDatabase } from '../../server/store/backup.ts';
import { Browser, setUpMeeting, type Meeting } from './harness.ts';
import { assignStaff } from '../support/api.ts';

/**
 * BK — `npm run backup` while the server runs and writes, then `npm run restore` into an empty data
 * directory: every conference (with both documents, read back through a real sync client) and the
 * whole audit log come back, and the restore refuses what it should.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cr-backup-'));
const backupFile = join(work, 'backup.sqlite');
const restoredDir = join(work, 'restored');

let original: TestServer;
let restored: TestServer | null = null;
const meetings: Meeting[] = [];
const clients: SyncClient[] = [];
const chairCreds = { email: '', password: '' };

function npmRun(script: string, args: string[], dataDir: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

const textsOf = (c: SyncClient) => project(c.doc, null).items.map((i) => i.text).sort();

beforeAll(async () => {
  original = await startTestServer({ COMPACT_EVERY: '4' });
  const creds = await original.addStaff('chair', 'Gwen Ashcombe');
  Object.assign(chairCreds, creds);
  for (let k = 0; k < 2; k++) {
    const m = await setUpMeeting(original, ['parent']);
    const chair = await new Browser(original.url).login(creds.email, creds.password);
    await assignStaff(m.chair, m.conferenceId, chair);
    const s = connect(original.url, m.conferenceId, chair.cookie);
    const p = connect(original.url, `${m.conferenceId}/professional`, chair.cookie);
    clients.push(s, p);
    await Promise.all([whenSynced(s), whenSynced(p)]);
    for (let i = 0; i < 6; i++) {
      addItem({ shared: s.doc, professional: p.doc }, { section: 'strengths', text: `Conference ${k} item ${i}`, source: { name: 'Sam', agency: 'CS' }, restricted: i === 5, addedBy: 'chair' });
    }
    const room = await original.registry.get(m.conferenceId);
    await eventually(() => project(room.doc, null).items.length === 5, 5000, 'stored');
    meetings.push(m);
  }
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await restored?.stop();
  await original.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('BK — backup and restore', () => {
  it('BK2: `npm run backup` makes a consistent copy while the server is running and being written to', async () => {
    const writer = clients[0]!;
    let n = 0;
    const typing = setInterval(() => {
      addItem({ shared: writer.doc, professional: null }, { section: 'grey_areas', text: `During backup ${n++}`, source: { name: 'Sam', agency: 'CS' }, restricted: false, addedBy: 'chair' });
    }, 5);
    const r = await npmRun('backup', ['--out', backupFile], original.dataDir);
    clearInterval(typing);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Backed up 2 conference\(s\)/);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(existsSync(`${backupFile}-wal`)).toBe(false);
    const again = await npmRun('backup', ['--out', backupFile], original.dataDir);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/already exists/);
    expect((await original.store.listAudit({ limit: 100_000 })).map((a) => a.action)).toContain('backup_created');
  });

  it('BK3: `npm run restore` brings back every conference, both documents and the audit log', async () => {
    const r = await npmRun('restore', ['--from', backupFile], restoredDir);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Restored 2 conference\(s\)/);

    const backupAudit = new Database(backupFile, { readonly: true }).prepare('SELECT seq, hash FROM audit ORDER BY seq').all() as { seq: number; hash: string }[];
    restored = await startTestServer({}, restoredDir);
    const admin = await restored.addStaff('admin');
    const adminBrowser = await new Browser(restored.url).login(admin.email, admin.password);
    const audit = await adminBrowser.get('/api/audit?limit=1000');
    expect(audit.body.chain.ok).toBe(true);
    // The same entries, hash for hash, then the restore's own entry continuing the chain.
    expect(audit.body.entries.slice(0, backupAudit.length).map((e: { seq: number; hash: string }) => ({ seq: e.seq, hash: e.hash }))).toEqual(backupAudit);
    expect(audit.body.entries[backupAudit.length].action).toBe('store_restored');

    // Staff accounts came back too: the chair signs in with the same password.
    const chair = await new Browser(restored.url).login(chairCreds.email, chairCreds.password);
    const list = (await chair.get('/api/conferences')).body.conferences.map((c: { id: string }) => c.id);
    for (const m of meetings) expect(list).toContain(m.conferenceId);
    for (const [k, m] of meetings.entries()) {
      const s = connect(restored.url, m.conferenceId, chair.cookie);
      const p = connect(restored.url, `${m.conferenceId}/professional`, chair.cookie);
      clients.push(s, p);
      await Promise.all([whenSynced(s), whenSynced(p)]);
      const shared = textsOf(s).filter((t) => t.startsWith('Conference'));
      expect(shared).toEqual([0, 1, 2, 3, 4].map((i) => `Conference ${k} item ${i}`));
      expect(project(s.doc, p.doc).items.map((i) => i.text)).toContain(`Conference ${k} item 5`);
    }
  });

  it('BK3: refuses to restore over a running server, over existing data without --force, or from a file that is not ours', async () => {
    const running = await npmRun('restore', ['--from', backupFile, '--force'], restoredDir);
    expect(running.code).toBe(1);
    expect(running.out).toMatch(/Stop it first/);

    const empty = join(work, 'other');
    await restoreDatabase(empty, backupFile);
    await expect(restoreDatabase(empty, backupFile)).rejects.toThrow(/already exists.*--force/);
    await restoreDatabase(empty, backupFile, { force: true });

    const notOurs = join(work, 'notes.txt');
    writeFileSync(notOurs, 'not a database');
    await expect(restoreDatabase(join(work, 'x'), notOurs)).rejects.toThrow(/not a readable SQLite database/);
    const foreign = join(work, 'foreign.sqlite');
    new Database(foreign).exec('CREATE TABLE t (x)');
    await expect(restoreDatabase(join(work, 'y'), foreign)).rejects.toThrow(/not a Conference Room database/);
  });

  it('BK1: refuses a backup whose audit chain has been tampered with', async () => {
    const tampered = join(work, 'tampered.sqlite');
    copyFileSync(backupFile, tampered);
    const db = new Database(tampered);
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit SET actor = 'someone-else' WHERE seq = 2").run();
    db.close();
    await expect(restoreDatabase(join(work, 'z'), tampered)).rejects.toThrow(/audit chain is broken at entry 2/);
  });
});
