import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Node itself with tsx's loader, not the tsx command: the command runs the script in a child
// process, so a SIGKILL sent to it would leave the real server running.
const NODE_TSX = [process.execPath, ['--import', 'tsx']] as const;

/**
 * The server as its own process (so a test can SIGKILL it), on a free port: from source through tsx's
 * loader, or `bundle`, a bundle of server/serve.ts (server/bundle.ts) run by plain node as `npm start` does.
 */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}, bundle?: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(NODE_TSX[0], bundle ? [bundle] : [...NODE_TSX[1], 'server/serve.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(t); resolve(m[1]!); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return { url, child };
}

/** Run a CLI script with text on standard input; resolves with its exit code and output. */
export function runCli(script: string, args: string[], stdin: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE_TSX[0], [...NODE_TSX[1], script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.on('exit', (code) => resolve({ code, output }));
    child.stdin.end(stdin);
  });
}

export function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
