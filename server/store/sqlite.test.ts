import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './contract.ts';
import { SqliteStore } from './sqlite.ts';

storeContract('SQLite', async () => new SqliteStore(mkdtempSync(join(tmpdir(), 'cr-store-'))));
