/** A token bucket: `burst` at once, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private at = Date.now();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burst;
  }

  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * Per-connection budgets, one per kind of frame, so that one kind cannot starve another:
 * - `frames`: everything but echoes. y-websocket sends one frame per local transaction; a fast
 *   typist makes ~10/s.
 * - `presence`: awareness frames carrying this connection's own entries. A client sends one per
 *   local change and a renewal every 15 s.
 * - `echo`: awareness frames carrying only other people's entries. y-websocket clients re-send
 *   every update they receive, so this grows with everyone else's presence traffic; charging it to
 *   `frames` would let one participant flooding presence get the chair cut off.
 * - `handshake`: sync step 1 and awareness queries, which make the server send the whole document
 *   or every presence state: a client needs one per connection.
 */
export function connectionBudgets() {
  return {
    frames: new TokenBucket(300, 60),
    presence: new TokenBucket(40, 10),
    echo: new TokenBucket(3000, 1000),
    handshake: new TokenBucket(20, 1),
  };
}
export type Budget = keyof ReturnType<typeof connectionBudgets>;
