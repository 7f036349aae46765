import { afterAll, describe, expect, it } from 'vitest';
import { storeContract } from './contract.ts';
import { PostgresStore } from './postgres.ts';
import { TEST_DATABASE_URL, dropSchemas, freshSchema } from '../../test/support/postgres.ts';

const schemas: string[] = [];
afterAll(() => dropSchemas(schemas));

storeContract('PostgreSQL', async () => {
  const schema = freshSchema('contract');
  schemas.push(schema);
  return PostgresStore.open(TEST_DATABASE_URL, { schema, max: 4 });
});

describe('PostgreSQL: several instances', () => {
  it('runs one holder of a document lock at a time, and others after it', async () => {
    const schema = freshSchema('lock');
    schemas.push(schema);
    const [one, two] = await Promise.all([PostgresStore.open(TEST_DATABASE_URL, { schema, max: 2 }), PostgresStore.open(TEST_DATABASE_URL, { schema, max: 2 })]);
    const log: string[] = [];
    const hold = (store: PostgresStore, who: string) => store.withDocLock('conf000001', async () => {
      log.push(`${who} in`);
      await new Promise((r) => setTimeout(r, 100));
      log.push(`${who} out`);
    });
    await Promise.all([hold(one, 'a'), hold(two, 'b'), hold(one, 'c')]);
    for (let i = 0; i < log.length; i += 2) expect(log[i]!.split(' ')[0]).toBe(log[i + 1]!.split(' ')[0]);
    await Promise.all([one.close(), two.close()]);
  });
});

describe('PostgreSQL record versions', () => {
  it('FZ1: the database itself refuses to change or delete a finalised version; it goes only with its conference (RT2)', async () => {
    const schema = freshSchema('versions');
    schemas.push(schema);
    const store = await PostgresStore.open(TEST_DATABASE_URL, { schema, max: 2 });
    const now = '2030-01-01T10:00:00.000Z';
    await store.createUser({ id: 'u1', email: 'a@example.org', name: 'A', role: 'chair', passwordHash: 'h', createdAt: now });
    await store.createConference({ id: 'conf000001', type: 'initial', jurisdiction: 'wales', startsAt: '2030-01-02T10:00', endsAt: '2030-01-02T12:00', endsAtUtc: now, venue: 'R', online: false, childrenJson: '[]', recordLanguage: null, reference: '', language: 'en', status: 'closed', createdBy: 'u1', createdAt: now, finalisedAt: now, caseId: 'conf000001', previousId: null });
    await store.addRecordVersion({ conferenceId: 'conf000001', version: 1, sharedState: new Uint8Array([1]), professionalState: new Uint8Array([2]), metaJson: '{}', hash: 'h1', createdAt: now, createdBy: 'u1' });
    await expect(store.pool.query(`UPDATE record_versions SET meta_json = '{"x":1}'`)).rejects.toThrow(/cannot be changed/);
    await expect(store.pool.query('DELETE FROM record_versions')).rejects.toThrow(/cannot be changed/);
    expect((await store.recordVersion('conf000001', 1))?.metaJson).toBe('{}');
    await store.deleteConference('conf000001', ['conf000001', 'conf000001/professional']);
    expect(await store.recordVersions('conf000001')).toEqual([]);
    await store.close();
  });
});
