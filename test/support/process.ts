import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_ENV, SERVER_NODE_FLAGS, SERVER_OUT_DIR, bundleServer } from '../../server/bundle.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Node itself with tsx's loader, not the tsx command: the command runs the script in a child
// process, so a SIGKILL sent to it would leave the real server running.
const NODE_TSX = [process.execPath, ['--import', 'tsx']] as const;

let bundled: Promise<string> | null = null;
/**
 * The server as `npm start` runs it: server/serve.ts bundled (server/bundle.ts) and run by plain node.
 * Bundled once per test process from the sources as they are now, under a name of its own so test
 * files running side by side never share one; a server starts in a fraction of tsx's time.
 */
function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    const file = join(SERVER_OUT_DIR, `serve-test-${process.pid}.js`);
    await bundleServer(join(ROOT, 'server', 'serve.ts'), file);
    process.once('exit', () => rmSync(file, { force: true }));
    return file;
  })();
  return bundled;
}

/**
 * The server as its own process (so a test can SIGKILL it), on a free port, bundled as `npm start`
 * runs it (or `bundle`, a bundle made elsewhere).
 */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}, bundle?: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, bundle ?? await serverBundle()], {
    cwd: ROOT,
    env: { ...process.env, ...SERVER_ENV, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
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
