import { loadConfig } from './config.ts';
import { startServer } from './index.ts';

/**
 * Run the server on the built client in dist/. `npm start` and `npm run serve` bundle this file into
 * dist-server/serve.js and run that with node (server/build.ts); tests run it from source.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config, { releaseMemory: true });
  const url = config.publicOrigin ?? server.url;
  const users = await server.store.countUsers();
  console.log(`\nConference Room is running at ${url}`);
  console.log(config.databaseUrl ? 'Data is stored in PostgreSQL (DATABASE_URL)' : `Data is stored in ${config.dataDir}`);
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
