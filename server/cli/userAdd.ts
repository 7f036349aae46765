import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../config.ts';
import { DB_FILE } from '../store/sqlite.ts';
import { openStore } from '../store/open.ts';
import { runningServerPid } from '../store/pidFile.ts';
import { hashPassword } from '../auth/secrets.ts';
import { Audit } from '../audit.ts';
import { newId } from '../../shared/schema/ids.ts';
import { PASSWORD_MIN, USAGE, parseUserAddArgs } from './userAddArgs.ts';

/** Read one line from stdin: typed without echo on a terminal, or the first line when piped. */
async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = '';
    for await (const chunk of process.stdin) data += String(chunk);
    return data.split(/\r?\n/)[0] ?? '';
  }
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    process.stdout.write(prompt);
    // Swallow echo: readline writes typed characters through _writeToOutput.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
    rl.once('line', (line) => {
      rl.close();
      process.stdout.write('\n');
      resolve(line);
    });
  });
}

/** Say which store this writes to before anything is asked, so a wrong DATA_DIR is caught at once. */
function describeStore(dataDir: string): void {
  const file = join(dataDir, DB_FILE);
  console.log(`Store: ${file}`);
  if (runningServerPid(dataDir)) console.log('The server running now uses this store.');
  else if (existsSync(file)) console.log('No server is running on this store now; the account is there when it starts.');
  else console.log('There is no store here yet: a new one will be made. If your server uses another DATA_DIR, stop (Ctrl+C) and run this with the same DATA_DIR.');
}

async function main(): Promise<void> {
  const parsed = parseUserAddArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return;
  }
  if (parsed.kind === 'error') {
    for (const p of parsed.problems) console.error(p);
    console.error('\nRun `npm run user:add -- --help` for how to use it.');
    process.exit(2);
  }
  const { args } = parsed;
  const config = loadConfig();
  const { dataDir } = config;
  // With DATABASE_URL every instance shares PostgreSQL: there is no local file to describe.
  if (config.databaseUrl) console.log('Store: PostgreSQL (DATABASE_URL)');
  else describeStore(dataDir);
  console.log(`The password must be at least ${PASSWORD_MIN} characters.`);
  const password = await readPassword('Password: ');
  if (password.length < PASSWORD_MIN) {
    console.error(`The password must be at least ${PASSWORD_MIN} characters.`);
    process.exit(2);
  }
  const store = await openStore(config);
  try {
    if (await store.userByEmail(args.email)) {
      console.error(`There is already an account for ${args.email}.`);
      process.exit(1);
    }
    const id = newId();
    await store.createUser({ id, ...args, passwordHash: await hashPassword(password), createdAt: new Date().toISOString() });
    await new Audit(store).record({ actor: 'cli', role: 'admin', action: 'user_created', detail: id });
    console.log(`Added ${args.role} ${args.name} <${args.email}>.`);
  } finally {
    await store.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
