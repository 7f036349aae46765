import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.ts';
import { startServer } from './index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Build the client when dist/ is missing or older than its sources, so `npm start` works on a fresh clone. */
async function buildClientIfNeeded(): Promise<void> {
  const index = join(root, 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(root, 'client')), newestMtime(join(root, 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('Building the web app (first start or after a change)…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

async function main(): Promise<void> {
  const config = loadConfig();
  await buildClientIfNeeded();
  const server = await startServer(config);
  const url = config.publicOrigin ?? server.url;
  const users = await server.store.countUsers();
  console.log(`\nConference Room is running at ${url}`);
  console.log(`Data is stored in ${config.dataDir}`);
  if (users === 0) {
    console.log('\nNo accounts yet. Add the first chair in another terminal:');
    console.log("  npm run user:add -- --email chair@example.org --name 'Your Name' --role chair");
    console.log('then sign in at the address above.');
  }
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
