import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './contract.ts';
import { SqliteStore } from './sqlite.ts';

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
