import type { Principal } from '../auth/sessions.ts';
import { entryBy, type Audit } from '../audit.ts';
import { AttemptLimiter } from './attemptLimiter.ts';
import { WriteLimiter } from './writeLimiter.ts';
import { HttpError } from './errors.ts';
import { msg } from '../../shared/i18n/messages.ts';

export type Taken = 'ok' | 'limited' | 'first_limited';

/** A write budget per key (WH5); shared between instances when Redis is configured. */
export interface WriteBudget {
  take(key: string): Taken | Promise<Taken>;
}

/**
 * Attempts per key (login, join), LM1: `attempt` checks and counts in one step and answers the
 * seconds to wait (0: go ahead); a success is withdrawn. Shared between instances with Redis.
 */
export interface AttemptBudget {
  attempt(keys: readonly string[], at: number): number | Promise<number>;
  withdraw(keys: readonly string[], at: number): void | Promise<void>;
  reset(key: string): void | Promise<void>;
}

/** Where limits live: this process (one instance), or Redis (several; server/cluster/sharedLimits.ts). */
export interface Limits {
  /** `name` keeps different limits apart where they are shared. */
  write(name: string, burst: number, perSecond: number): WriteBudget;
  attempts(name: string, maxFailures: number, windowMs: number): AttemptBudget;
}

/** WH5 — Writes one session may make: a burst, then so many a second (HTTP and intents over a socket alike). */
export const SESSION_WRITES = { burst: 120, perSecond: 2 } as const;

/**
 * One write from a budget, whichever way it comes (`via`: 'http', 'socket intent'): refused with
 * 429 once the budget is dry, audited as rate_limited the first time it runs dry for a principal.
 */
export async function spendWrite(budget: WriteBudget, key: string, audit: Audit, p: Principal | null, via: string): Promise<void> {
  const taken = await budget.take(key);
  if (taken === 'ok') return;
  if (taken === 'first_limited' && p) await audit.record(entryBy(p, 'rate_limited', via));
  throw new HttpError(429, 'too_many_requests', msg('errors.tooManyRequests'));
}

export const localLimits: Limits = {
  write: (_name, burst, perSecond) => new WriteLimiter(burst, perSecond),
  attempts: (_name, maxFailures, windowMs) => new AttemptLimiter(maxFailures, windowMs),
};
