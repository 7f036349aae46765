import { parseArgs } from 'node:util';
import { issueMsg } from '../../shared/i18n/zodErrors.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { z } from 'zod';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../shared/schema/roles.ts';

/** The password rule, said before it is asked for and checked after. */
export const PASSWORD_MIN = 12;

/** "note taker", "Note-taker" and "notetaker" are one role: people type the label they see on screen. */
const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

export function staffRoleFrom(input: string): StaffRole | null {
  const want = squash(input);
  return STAFF_ROLES.find((r) => squash(r) === want || squash(ROLE_LABELS[r]) === want) ?? null;
}

const ROLE_LIST = STAFF_ROLES.map((r) => `${r} (${ROLE_LABELS[r]})`).join(', ');

export const USAGE = `Add a staff account to the server's store.

Usage: npm run user:add -- --email EMAIL --name "FULL NAME" --role ROLE

  --email   the address they sign in with
  --name    their name as the room shows it
  --role    one of: ${ROLE_LIST}
            ("note taker" is accepted for notetaker)
  --help    show this text

The password (at least ${PASSWORD_MIN} characters) is read from standard input: typed without
echo on a terminal, or the first line when piped.

The account is written to the store in DATA_DIR (default ./data, from the directory you run this
in). Use the same DATA_DIR as the server, or the account goes to a store the server never reads.`;

const argsSchema = z.object({
  email: z.string({ error: '--email is required' }).trim().toLowerCase().email('--email must be an email address'),
  name: z.string({ error: '--name is required' }).trim().min(1, '--name is required').max(120),
  role: z
    .string({ error: '--role is required' })
    .transform((r, ctx) => staffRoleFrom(r) ?? (ctx.addIssue({ code: 'custom', message: `--role must be one of: ${ROLE_LIST}` }), z.NEVER)),
});
export type UserAddArgs = z.infer<typeof argsSchema>;

export type Parsed = { kind: 'help' } | { kind: 'error'; problems: string[] } | { kind: 'ok'; args: UserAddArgs };

/** Parse the command line without ever throwing: unknown options and missing values become problems to print. */
export function parseUserAddArgs(argv: readonly string[]): Parsed {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    return { kind: 'error', problems: [(e as Error).message] };
  }
  if (values.help) return { kind: 'help' };
  const args = argsSchema.safeParse(values);
  if (!args.success) return { kind: 'error', problems: args.error.issues.map((i) => translate('en', issueMsg(i))) };
  return { kind: 'ok', args: args.data };
}
