import { AttemptLimiter } from './attemptLimiter.ts';
import { WriteLimiter } from './writeLimiter.ts';

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

export const localLimits: Limits = {
  write: (_name, burst, perSecond) => new WriteLimiter(burst, perSecond),
  attempts: (_name, maxFailures, windowMs) => new AttemptLimiter(maxFailures, windowMs),
};
