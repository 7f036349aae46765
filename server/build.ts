import { buildClientIfNeeded } from './clientBuild.ts';
import { bundleServerIfNeeded } from './bundle.ts';

/**
 * `npm start` and `npm run serve`, before they run the server with plain `node`: build the web app
 * (not with --server-only) and bundle the server, each only when missing or older than its sources,
 * so a fresh clone starts with one command and a restart after `git pull` never runs stale code.
 */
try {
  if (!process.argv.includes('--server-only')) {
    console.log('Checking the web app build…');
    if (await buildClientIfNeeded()) console.log('Built the web app.');
  }
  if (await bundleServerIfNeeded()) console.log('Built the server.');
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
