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
