import type { Store } from '../store/types.ts';

interface Waiting {
  name: string;
  updates: readonly Uint8Array[];
  resolve: (last: number) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit across rooms: every room with updates in one event-loop turn commits in one store
 * transaction (one write to the log instead of one per room), then each relays its own.
 *
 * The rooms' commits start from one setImmediate (`schedule`); each room reaches `append` in a
 * promise job of that turn, and the transaction runs on the next tick, once those jobs have all run:
 * nothing waits for a later turn. A room busy with an earlier commit joins the next group.
 */
export class CommitGroup {
  private readonly due = new Set<() => void>();
  private scheduled = false;
  private waiting: Waiting[] = [];

  constructor(private readonly store: Store) {}

  /** Run `start` in this turn's group: once per turn however often it is asked. */
  schedule(start: () => void): void {
    this.due.add(start);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const starts = [...this.due];
      this.due.clear();
      for (const s of starts) s();
    });
  }

  /** Append one room's updates with the others of this turn; resolves once durable, with its last log position. */
  append(name: string, updates: readonly Uint8Array[]): Promise<number> {
    if (!this.store.appendUpdatesOfMany) return this.store.appendUpdates(name, updates);
    return new Promise((resolve, reject) => {
      if (this.waiting.push({ name, updates, resolve, reject }) === 1) process.nextTick(() => this.flush());
    });
  }

  private flush(): void {
    const group = this.waiting;
    this.waiting = [];
    this.store.appendUpdatesOfMany!(group.map(({ name, updates }) => ({ name, updates }))).then(
      (lasts) => group.forEach((w, i) => w.resolve(lasts[i]!)),
      // All or none: every room in the group holds its updates and retries on its own (SF2).
      (err: unknown) => group.forEach((w) => w.reject(err)),
    );
  }
}
