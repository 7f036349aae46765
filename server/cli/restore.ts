import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { restoreDatabase } from '../store/backup.ts';

/** `npm run restore -- --from FILE [--force]`: replace the store by a checked backup (server stopped). */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (!values.from) {
    console.error('Usage: npm run restore -- --from FILE [--force]   (writes DATA_DIR, default ./data; stop the server first)');
    process.exit(2);
  }
  const dataDir = loadConfig().dataDir;
  const { sha256, check } = await restoreDatabase(dataDir, values.from, { force: values.force });
  console.log(`Restored ${check.conferences} conference(s) and ${check.audit?.entries ?? 0} audit entries into ${dataDir}`);
  console.log(`sha256 of the backup ${sha256}; audit chain intact.`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
