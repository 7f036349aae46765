/**
 * Token buckets for HTTP writes, one per session (or per address without one). A person clicks a
 * few times a minute; a script sending intents in a loop is held to one a second after its burst,
 * so it cannot flood the chair's queue, the document or the audit log.
 */
export class WriteLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; tripped: boolean }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {}

  /** 'ok', or 'limited' — 'first_limited' the first time a bucket runs dry, so it is audited once. */
  take(key: string, now = Date.now()): 'ok' | 'limited' | 'first_limited' {
    if (this.buckets.size > 10_000) this.prune(now);
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now, tripped: false };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      if (b.tokens >= this.burst / 2) b.tripped = false;
      return 'ok';
    }
    if (b.tripped) return 'limited';
    b.tripped = true;
    return 'first_limited';
  }

  /** Forget buckets that have refilled, so the map does not grow for ever. */
  prune(now = Date.now()): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(key);
    }
  }
}
