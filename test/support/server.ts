import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { startServer, type RunningServer, type StartOptions } from '../../server/index.ts';
import { hashPassword } from '../../server/auth/secrets.ts';
import { newId } from '../../shared/schema/ids.ts';
import type { StaffRole } from '../../shared/schema/roles.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestServer extends RunningServer {
  dataDir: string;
  addStaff(role: StaffRole, name?: string): Promise<{ email: string; password: string }>;
  stop(): Promise<void>;
}

/**
 * A real server on a free port with its own data directory. `opts` goes to startServer: pass a
 * `logStream` (and a LOG_LEVEL in `env`) to capture the server's log lines, or a `distDir`.
 */
export async function startTestServer(env: Record<string, string> = {}, dataDir?: string, opts: StartOptions = {}): Promise<TestServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'cr-test-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', ROOM_IDLE_MS: '200', ...env });
  const server = await startServer(config, opts);
  return {
    ...server,
    dataDir: dir,
    async addStaff(role, name = `Test ${role}`) {
      const email = `${role}-${newId(6)}@example.org`;
      await server.store.createUser({ id: newId(), email, name, role, passwordHash: await hashPassword(TEST_PASSWORD), createdAt: new Date().toISOString() });
      return { email, password: TEST_PASSWORD };
    },
    async stop() {
      await server.close();
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
