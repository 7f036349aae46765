import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { backupDatabase } from '../store/backup.ts';

/** `npm run backup -- --out FILE [--force]`: a consistent copy of the store, safe while the server runs. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (!values.out) {
    console.error('Usage: npm run backup -- --out FILE [--force]   (reads DATA_DIR, default ./data)');
    process.exit(2);
  }
  const { path, sha256, check } = await backupDatabase(loadConfig().dataDir, values.out, { force: values.force });
  console.log(`Backed up ${check.conferences} conference(s) and ${check.audit?.entries ?? 0} audit entries to ${path}`);
  console.log(`sha256 ${sha256}`);
  console.log('The file holds case data: keep it encrypted, and delete it by your retention schedule.');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
