import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * The server as plain JavaScript, run by `node` without a TypeScript loader at run time (tsx's costs
 * 30–90 MB of memory and start-up time). One level below the root, as server/ is, so paths the
 * server finds from its own file (`../dist`) are the same built or not.
 */
export const SERVER_OUT_DIR = join(ROOT, 'dist-server');
export const SERVER_BUNDLE = join(SERVER_OUT_DIR, 'serve.js');

/**
 * Node's flags for running the bundle, everywhere it runs (`npm start` and `npm run serve` in
 * package.json write them out too; the bench and the tests that spawn a server take them from here).
 * A young generation of at most 2 × 4 MB. Once the server gives memory back after start-up and
 * after its meetings unload (server/runtime/memory.ts) V8's default of 2 × 16 MB no longer shows at
 * idle, but with fifty meetings open it holds 123–133 MB against 111–114, and after they unload
 * 92–94 MB against 90–92, with no difference in CPU per delivery the noise lets us see in five
 * pairs (docs/performance.md, 2026-12-01 14:00). With 2 MB, what lives a few tens of milliseconds
 * (a commit waiting its turn, a frame being written) outlives two minor collections and is
 * promoted: at 200 × 5 a full collection every 2 s, with pauses and marking steps of 10–20 ms in
 * the relay's way.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];

/**
 * Environment the server runs with, everywhere it runs (package.json writes it out too).
 * MALLOC_ARENA_MAX=1: one glibc malloc arena for every thread. By default each thread that meets
 * a busy arena gets its own (up to 8 per core: the GC's helpers, libuv's pool, the checkpoint
 * worker), and each arena keeps the pages its frees leave behind. Measured in the bench: 5–8 MB less
 * resident with 50 meetings open and after they unload (docs/performance.md, 2026-12-01 12:09),
 * with no change in throughput the noise lets us see. Ignored where the C library is not glibc.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1' };

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Bundle one entry (ours: server/ and shared/) into one ES module; packages stay in node_modules, so
 * native ones (better-sqlite3, argon2, resvg) load as usual. Written beside and renamed into place,
 * so two instances starting at once never run a half-written file.
 */
export async function bundleServer(entry: string, outFile: string): Promise<void> {
  const outdir = dirname(outFile);
  const result = await build({
    entryPoints: { [basename(outFile, '.js')]: entry }, outdir, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    // Split at dynamic imports, so the PostgreSQL and Redis clients load only when configured.
    // Chunks sit beside the entry: a path found from `import.meta.url` is the same in every file.
    splitting: true, chunkNames: '[name]-[hash]',
    packages: 'external', write: false, logLevel: 'warning', legalComments: 'none',
  });
  mkdirSync(outdir, { recursive: true });
  // The entry last: whoever runs it finds its chunks in place.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === outFile) - Number(b.path === outFile));
  for (const f of files) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
}

/** Bundle the server when the bundle is missing or older than its sources. Returns whether it built. */
export async function bundleServerIfNeeded(): Promise<boolean> {
  const sources = Math.max(newestMtime(join(ROOT, 'server')), newestMtime(join(ROOT, 'shared')), statSync(join(ROOT, 'package-lock.json')).mtimeMs);
  if (existsSync(SERVER_BUNDLE) && statSync(SERVER_BUNDLE).mtimeMs >= sources) return false;
  await bundleServer(join(ROOT, 'server', 'serve.ts'), SERVER_BUNDLE);
  return true;
}
