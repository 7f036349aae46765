/**
 * Attempt limiter for login and join (LM1). An attempt is counted *before* it is checked, in the
 * same turn as the limit check, so requests that arrive together cannot all pass the check while
 * the first ones are still being verified. A success is withdrawn again (only failures count), and
 * nothing locks an account: the real user on another address is unaffected.
 *
 * Memory is bounded: keys are kept in order of their last attempt, so keys whose window has passed
 * are dropped from the front as new attempts arrive, and at most `maxKeys` are held (the least
 * recently active go first). Each key keeps at most `maxFailures` times.
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }

  /** Seconds to wait before another attempt on any of these keys, or 0. Counts nothing. */
  retryAfter(keys: readonly string[], now = Date.now()): number {
    this.forgetOld(now);
    let wait = 0;
    for (const key of keys) {
      const list = this.recent(key, now);
      if (list.length >= this.maxFailures) wait = Math.max(wait, Math.ceil((list[list.length - this.maxFailures]! + this.windowMs - now) / 1000));
    }
    return wait;
  }

  /**
   * Count an attempt for every key now. Returns the seconds to wait (nothing is counted then) or 0:
   * the attempt may go ahead, and is counted as a failure unless `withdraw` is called for it.
   */
  attempt(keys: readonly string[], now = Date.now()): number {
    const wait = this.retryAfter(keys, now);
    if (wait > 0) return wait;
    for (const key of keys) {
      const list = [...this.recent(key, now), now].slice(-this.maxFailures);
      // Delete first so the key moves to the end: the map stays ordered by last attempt.
      this.attempts.delete(key);
      this.attempts.set(key, list);
    }
    while (this.attempts.size > this.maxKeys) this.attempts.delete(this.attempts.keys().next().value!);
    return 0;
  }

  /** The attempt made at `at` succeeded: it no longer counts against these keys. */
  withdraw(keys: readonly string[], at: number): void {
    for (const key of keys) {
      const list = this.attempts.get(key);
      const i = list?.lastIndexOf(at) ?? -1;
      if (list && i >= 0) list.splice(i, 1);
      if (list?.length === 0) this.attempts.delete(key);
    }
  }

  /** Forget every attempt of a key (a successful sign-in clears its address-and-account count). */
  reset(key: string): void {
    this.attempts.delete(key);
  }

  /** Keys held now (for tests of the memory bound). */
  get size(): number {
    return this.attempts.size;
  }

  private forgetOld(now: number): void {
    for (const [key, list] of this.attempts) {
      if (list.length && now - list[list.length - 1]! < this.windowMs) break;
      this.attempts.delete(key);
    }
  }
}
