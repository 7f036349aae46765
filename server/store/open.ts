import type { Config } from '../config.ts';
import { SqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

/**
 * SQLite under DATA_DIR by default; PostgreSQL when DATABASE_URL is set (several instances). The
 * PostgreSQL store loads only then: one instance on SQLite does not carry its driver in memory.
 */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>, opts: { onError?: (message: string) => void } = {}): Promise<Store> {
  if (config.databaseUrl) return (await import('./postgres.ts')).PostgresStore.open(config.databaseUrl);
  return new SqliteStore(config.dataDir, opts);
}
