import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A running server writes its process id into DATA_DIR, so `npm run restore` can refuse to swap the
 * database under it. A file left by a killed server is ignored once its process is gone.
 */
const PID_FILE = 'server.pid';

export function writePidFile(dataDir: string): void {
  writeFileSync(join(dataDir, PID_FILE), String(process.pid), { mode: 0o600 });
}

export function removePidFile(dataDir: string): void {
  try {
    if (readFileSync(join(dataDir, PID_FILE), 'utf8').trim() === String(process.pid)) rmSync(join(dataDir, PID_FILE));
  } catch {
    // Already gone.
  }
}

/** The pid of a live server using this data directory, or null. */
export function runningServerPid(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, PID_FILE), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else — still running.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
