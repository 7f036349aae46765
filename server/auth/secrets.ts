import { createHash, randomBytes } from 'node:crypto';
import type { Algorithm } from '@node-rs/argon2';

/** 256 random bits, base64url: for session cookies and invite tokens (at least 128 bits required). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256: a copy of the database yields no working link or session. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// argon2id with OWASP's 2023 baseline (19 MiB, 2 passes): memory-hard against GPU guessing.
// (Algorithm is an ambient const enum, so its value is written out: 2 = Argon2id.)
const ARGON = { algorithm: 2 as Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// argon2 (a native module and its threads) loads with the first sign-in, not at start: a server
// whose people join by invite link never needs it, and it is about 10 MB of resident memory.
let argon2: Promise<typeof import('@node-rs/argon2')> | null = null;
const loadArgon2 = () => (argon2 ??= import('@node-rs/argon2'));

export async function hashPassword(password: string): Promise<string> {
  return (await loadArgon2()).hash(password, ARGON);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await (await loadArgon2()).verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;
/**
 * A real hash to verify against when the email is unknown, so timing does not reveal which accounts
 * exist. Made with the first sign-in attempt (whose reply therefore takes one hash longer, whichever
 * the email), not at start.
 */
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(randomToken()));
}
