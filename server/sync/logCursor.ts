/**
 * How far into a document's stored log this instance's copy is. With several instances on
 * PostgreSQL, positions per document have no gaps and follow commit order, so the cursor tracks
 * the contiguous prefix it has applied plus ranges seen ahead of it: a range ahead means another
 * instance committed something this one has not heard of (a late or lost Redis message), and the
 * room catches up from the store. On SQLite (one instance, positions shared between documents)
 * there is nobody to miss: `contiguous` is off and the position is simply the highest seen.
 */
export class LogCursor {
  private ahead: [number, number][] = [];

  constructor(
    private pos: number,
    private readonly contiguous: boolean,
  ) {}

  /** Every update at or below this position is in the document. */
  get position(): number {
    return this.pos;
  }

  /** Whether something after `position` is known to be applied while something before it is not. */
  get hasGap(): boolean {
    return this.ahead.length > 0;
  }

  /** The highest position known to exist (applied, or ahead of a gap). */
  get highest(): number {
    return this.ahead.length ? this.ahead[this.ahead.length - 1]![1] : this.pos;
  }

  /** Positions `first`..`last` are now applied. */
  mark(first: number, last: number): void {
    if (last <= this.pos) return;
    if (!this.contiguous || first <= this.pos + 1) {
      this.pos = last;
    } else {
      this.ahead.push([first, last]);
      this.ahead.sort((a, b) => a[0] - b[0]);
    }
    this.absorb();
  }

  /** Everything up to `position` is applied (a read of the store's log). */
  reachedAtLeast(position: number): void {
    this.pos = Math.max(this.pos, position);
    this.absorb();
  }

  private absorb(): void {
    while (this.ahead.length && this.ahead[0]![0] <= this.pos + 1) {
      this.pos = Math.max(this.pos, this.ahead.shift()![1]);
    }
  }
}
