import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleServer, SERVER_ENV, SERVER_NODE_FLAGS } from '../../server/bundle.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A bench process driven over IPC: `call` sends a command and resolves with its reply. */
export interface Driven {
  proc: ChildProcess;
  pid: number;
  ready: Record<string, unknown>;
  call<T>(msg: object): Promise<T>;
  stop(): Promise<void>;
}

/** Start a TypeScript module of the bench as its own Node process, through tsx's loader. */
export function forkTs(module: string, env: Record<string, string> = {}, extraArgs: string[] = []): Promise<Driven> {
  return forkDriven(fileURLToPath(new URL(module, import.meta.url)), ['--import', 'tsx', ...extraArgs], env);
}

/**
 * Start a module bundled as `npm start` bundles the server (server/bundle.ts) and run it with plain
 * node, as `npm start` runs it: the figures are the product's, not the TypeScript loader's.
 */
export async function forkBuilt(module: string, env: Record<string, string> = {}, extraArgs: string[] = []): Promise<Driven> {
  // Inside the repository, so the bundle finds node_modules as the server does.
  const out = join(root, 'dist-server', 'bench', `${basename(module, '.ts')}.js`);
  await bundleServer(fileURLToPath(new URL(module, import.meta.url)), out);
  // BENCH_NODE_FLAGS (space-separated) replaces the product's flags, to compare settings.
  const flags = process.env.BENCH_NODE_FLAGS !== undefined ? process.env.BENCH_NODE_FLAGS.split(' ').filter(Boolean) : SERVER_NODE_FLAGS;
  return forkDriven(out, [...flags, ...extraArgs], { ...SERVER_ENV, ...env });
}

function forkDriven(file: string, execArgv: string[], env: Record<string, string>): Promise<Driven> {
  const module = basename(file);
  const proc = fork(file, [], {
    cwd: root, execArgv, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let seq = 0;
  const waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`${module} exited with ${code}`)));
    proc.on('message', (m: { ready?: boolean; seq?: number; reply?: never; error?: string }) => {
      if (m.ready) {
        resolve({
          proc, pid: proc.pid!, ready: m as Record<string, unknown>,
          call: <T>(msg: object) => new Promise<T>((res, rej) => {
            const id = ++seq;
            waiting.set(id, { resolve: res as (v: never) => void, reject: rej });
            proc.send({ ...msg, seq: id });
          }),
          stop: () => stopProcess(proc),
        });
        return;
      }
      const w = waiting.get(m.seq!);
      if (!w) return;
      waiting.delete(m.seq!);
      if (m.error) w.reject(new Error(m.error));
      else w.resolve(m.reply!);
    });
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/**
 * The reference: `@y/websocket-server` 0.1.1 run from its own package, unmodified, as its README
 * says (`HOST=… PORT=… npx y-websocket`): in memory, no sign-in, no durability. 0.1.1 is the newest
 * release on Yjs 13 (0.1.5 needs the Yjs 14 pre-release); it runs on Node 20.
 */
export async function startReference(): Promise<{ proc: ChildProcess; pid: number; url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const proc = spawn(process.execPath, [...referenceProfileFlags(), fileURLToPath(new URL('../../node_modules/@y/websocket-server/src/server.js', import.meta.url))], {
    cwd: root, env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`reference server exited with ${code}`)));
    proc.stdout!.on('data', (b: Buffer) => { if (b.toString().includes('running at')) resolve(); });
  });
  return { proc, pid: proc.pid!, url: `http://127.0.0.1:${port}`, stop: () => stopProcess(proc) };
}

/**
 * BENCH_PROFILE=DIR: the reference's CPU profile in DIR/reference, to read beside ours. Node writes
 * a profile only on a normal exit, and the reference has no SIGTERM handler of its own.
 */
function referenceProfileFlags(): string[] {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return [];
  return ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'reference')}`, '--import', 'data:text/javascript,process.on("SIGTERM", () => process.exit(0))'];
}

function stopProcess(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
    proc.once('exit', () => { clearTimeout(t); resolve(); });
    proc.kill('SIGTERM');
  });
}
