import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './contract.ts';
import Database from 'better-sqlite3';
import { DB_FILE, SqliteStore } from './sqlite.ts';
import { SQLITE_MIGRATIONS } from './sqliteSchema.ts';

storeContract('SQLite', async () => new SqliteStore(mkdtempSync(join(tmpdir(), 'cr-store-'))));

describe('SQLite record versions', () => {
  it('FZ1: the database itself refuses to change a finalised version', async () => {
    const store = new SqliteStore(mkdtempSync(join(tmpdir(), 'cr-store-')));
    const now = '2030-01-01T10:00:00.000Z';
    await store.createUser({ id: 'u1', email: 'a@example.org', name: 'A', role: 'chair', passwordHash: 'h', createdAt: now });
    await store.createConference({ id: 'conf000001', type: 'initial', jurisdiction: 'wales', startsAt: '2030-01-02T10:00', endsAt: '2030-01-02T12:00', endsAtUtc: now, venue: 'R', online: false, childrenJson: '[]', recordLanguage: null, reference: '', language: 'en', status: 'closed', createdBy: 'u1', createdAt: now, finalisedAt: now, caseId: 'conf000001', previousId: null });
    await store.addRecordVersion({ conferenceId: 'conf000001', version: 1, sharedState: new Uint8Array([1]), professionalState: new Uint8Array([2]), metaJson: '{}', hash: 'h1', createdAt: now, createdBy: 'u1' });
    expect(() => store.db.prepare("UPDATE record_versions SET meta_json = '{\"x\":1}'").run()).toThrow(/cannot be changed/);
    expect((await store.recordVersion('conf000001', 1))?.metaJson).toBe('{}');
    await store.close();
  });
});

describe('SQLite document log', () => {
  const u = (n: number) => new Uint8Array([n]);

  it('never gives an update id twice, also after compaction, a deleted conference and a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-store-'));
    let store = new SqliteStore(dir);
    await store.appendUpdates('a/shared', [u(1), u(2)]);
    const highest = await store.appendUpdates('b/shared', [u(3)]);
    await store.compact('b/shared', u(9), highest);
    await store.compact('a/shared', u(8), await store.lastUpdateId('a/shared'));
    await store.close();
    store = new SqliteStore(dir);
    expect(await store.lastUpdateId('b/shared')).toBe(0);
    expect(await store.appendUpdates('c/shared', [u(4)])).toBe(highest + 1);
    expect((await store.loadDoc('b/shared')).snapshot).toEqual(u(9));
    await store.close();
  });

  it('a failed append gives back its ids, and the next append numbers on from the last stored', async () => {
    const store = new SqliteStore(mkdtempSync(join(tmpdir(), 'cr-store-')));
    const first = await store.appendUpdates('a/shared', [u(1)]);
    store.db.exec('CREATE TRIGGER refuse BEFORE INSERT ON doc_updates WHEN NEW.name = \'bad\' BEGIN SELECT RAISE(ABORT, \'refused\'); END');
    await expect(store.appendUpdatesOfMany([{ name: 'a/shared', updates: [u(2)] }, { name: 'bad', updates: [u(3)] }])).rejects.toThrow(/refused/);
    expect((await store.loadDoc('a/shared')).updates).toEqual([u(1)]);
    expect(await store.appendUpdates('a/shared', [u(4)])).toBe(first + 1);
    await store.close();
  });

  it('migration 11 keeps every stored update, in order, and numbers on past ids AUTOINCREMENT had given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-store-'));
    const old = new Database(join(dir, DB_FILE));
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    SQLITE_MIGRATIONS.slice(0, 10).forEach((sql, i) => {
      old.exec(sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(i + 1, new Date().toISOString());
    });
    const insert = old.prepare('INSERT INTO doc_updates (name, data) VALUES (?, ?)');
    for (let i = 1; i <= 5; i++) insert.run(i % 2 ? 'a/shared' : 'b/shared', Buffer.from([i]));
    old.prepare('DELETE FROM doc_updates WHERE id = 5').run();
    old.close();
    const store = new SqliteStore(dir);
    expect(await store.loadDoc('a/shared')).toMatchObject({ updates: [u(1), u(3)], lastId: 3 });
    expect(await store.loadDoc('b/shared')).toMatchObject({ updates: [u(2), u(4)], lastId: 4 });
    expect(await store.appendUpdates('a/shared', [u(6)])).toBe(6);
    await store.close();
  });
});
