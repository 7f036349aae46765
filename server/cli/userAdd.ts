import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { hashPassword } from '../auth/secrets.ts';
import { Audit } from '../audit.ts';
import { newId } from '../../shared/schema/ids.ts';
import { staffRoleSchema } from '../../shared/schema/roles.ts';

const argsSchema = z.object({
  email: z.string().trim().toLowerCase().email('--email must be an email address'),
  name: z.string().trim().min(1, '--name is required').max(120),
  role: staffRoleSchema,
});

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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } });
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    console.error('Usage: npm run user:add -- --email E --name N --role chair|notetaker|admin  (password on standard input)');
    for (const i of args.error.issues) console.error(`  ${i.path.join('.') || 'arguments'}: ${i.message}`);
    process.exit(2);
  }
  const password = await readPassword('Password (at least 12 characters): ');
  if (password.length < 12) {
    console.error('The password must be at least 12 characters.');
    process.exit(2);
  }
  const store = new SqliteStore(loadConfig().dataDir);
  try {
    if (await store.userByEmail(args.data.email)) {
      console.error(`There is already an account for ${args.data.email}.`);
      process.exit(1);
    }
    const id = newId();
    await store.createUser({ id, ...args.data, passwordHash: await hashPassword(password), createdAt: new Date().toISOString() });
    await new Audit(store).record({ actor: 'cli', role: 'admin', action: 'user_created', detail: id });
    console.log(`Added ${args.data.role} ${args.data.name} <${args.data.email}>.`);
  } finally {
    await store.close();
  }
}

void main();
