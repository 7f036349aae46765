import { afterAll } from 'vitest';
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
