import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** The machine's PostgreSQL (see .ci/run); override with TEST_DATABASE_URL. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema name of its own, so parallel test files and runs never see each other's rows. */
export function freshSchema(prefix = 't'): string {
  return `cr_${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Drop the schemas a test file made (and everything in them). */
export async function dropSchemas(names: readonly string[]): Promise<void> {
  if (!names.length) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    for (const n of names) await client.query(`DROP SCHEMA IF EXISTS ${n} CASCADE`);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL for a server process confined to one schema (libpq's `options` parameter). */
export function databaseUrlFor(schema: string, base = TEST_DATABASE_URL): string {
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}
