import * as Y from 'yjs';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import type { Store } from '../store/types.ts';
import { StorageUnavailableError } from '../store/unavailable.ts';
import { migrate, schemaVersionOf } from '../../shared/schema/migrations/index.ts';
import { SCHEMA_VERSION } from '../../shared/schema/docLayout.ts';
import { updateMessage } from './protocol.ts';
import { REMOTE_ORIGIN, RoomPresence } from './presence.ts';
import { LogCursor } from './logCursor.ts';
import { CommitGroup } from './commitGroup.ts';

export { REMOTE_ORIGIN };

/** How a room reaches the other instances (server/cluster); absent with one instance. */
export interface RoomCluster {
  /** Committed updates at log positions `first`..`last`, for the other instances. */
  committed(room: Room, first: number, last: number, updates: readonly Uint8Array[]): void;
  /** A presence change made on this instance (an awareness update). */
  awareness(room: Room, update: Uint8Array): void;
  /** How long a gap in the log may stay open before the room reads the store (ms). */
  readonly gapGraceMs: number;
}

/** A connected socket as the room sees it; `send` never throws. */
export interface RoomPeer {
  send(message: Uint8Array): void;
  /** Awareness client ids this peer owns, removed from the room when it leaves. */
  readonly awarenessIds: Set<number>;
  readonly sessionKey: string;
  close(code: number, reason: string): void;
  /** SF2 — Whether the room's edits are being saved changed: a writer is told, a reader need not be. */
  storageChanged(saving: boolean): void;
}

interface Pending {
  update: Uint8Array;
  origin: unknown;
}

const LOAD_ORIGIN = Symbol('load');
/** Retry a failing store after 250 ms, doubling up to 10 s: calm for the disk, quick to recover. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 10_000;

/**
 * One document in memory, with its connections. Every accepted update — from a client, an intent
 * or a migration — goes through one pipeline: apply → append to the store (group commit) →
 * relay to everyone else. Nothing is relayed before it is durable.
 *
 * SF2 — When the store refuses a write, the room degrades calmly: nobody is disconnected, what is
 * not stored is held (in order) and relayed to no one, writers are told their edits are not being
 * saved, and the append is retried with backoff; on success everything held is relayed at once.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly peers = new Set<RoomPeer>();
  readonly presence = new RoomPresence(this.doc, this.peers);
  private queue: Pending[] = [];
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;
  /** Updates applied to the document and not yet committed (queued or in a commit in progress). */
  private pendingUpdates = 0;
  private sinceCompaction = 0;
  private compactionQueued = false;
  private unloaded = false;
  /** Applied to the document but not yet stored, because the store failed: retried, never relayed. */
  private unsaved: Pending[] = [];
  private unsavedSize = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelay = RETRY_FIRST_MS;
  /** Waiting for everything held to be stored (sync answers wait, so no one receives unstored state). */
  private durableWaiters: (() => void)[] = [];
  /** Set when the conference is deleted: nothing of this room may reach the store again. */
  private discarded = false;
  /** How far into the stored log this copy is (several instances: docs/scaling.md). */
  private cursor = new LogCursor(0, false);
  private cluster: RoomCluster | null = null;
  private catchingUp: Promise<void> | null = null;
  private gapTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly name: string,
    private readonly store: Store,
    private readonly compactEvery: number,
    private readonly onError: (err: Error) => void,
    /** The store took the held updates after failing: the registry may unload the room again. */
    private readonly onRecovered: () => void,
    /** Shared by the registry's rooms, so one turn's updates commit in one transaction. */
    private readonly group: CommitGroup,
  ) {}

  /** Load the snapshot and its tail before anyone is answered; migrate the shared document once. */
  static async load(
    name: string,
    store: Store,
    opts: { compactEvery: number; shared: boolean; onError: (err: Error) => void; onRecovered: () => void; cluster?: RoomCluster | null; group?: CommitGroup },
  ): Promise<Room> {
    const room = new Room(name, store, opts.compactEvery, opts.onError, opts.onRecovered, opts.group ?? new CommitGroup(store));
    const stored = await store.loadDoc(name);
    Y.transact(room.doc, () => {
      if (stored.snapshot) Y.applyUpdate(room.doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(room.doc, u);
    }, LOAD_ORIGIN);
    room.sinceCompaction = stored.updates.length;
    const cluster = opts.cluster ?? null;
    room.cluster = cluster;
    room.cursor = new LogCursor(stored.lastId, cluster !== null);
    room.doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Another instance's update is stored already: relay it, never append it twice.
      if (origin === REMOTE_ORIGIN) room.relay(update);
      else room.enqueue(update, origin);
    });
    if (cluster) room.presence.onLocalChange = (update) => cluster.awareness(room, update);
    try {
      if (opts.shared) await room.migrateOnce();
      await room.whenCommitted();
    } catch (err) {
      // A migration the store cannot take: this load fails (503 at the upgrade) and leaves nothing retrying behind.
      room.discard();
      throw err;
    }
    return room;
  }

  private async migrateOnce(): Promise<void> {
    if (schemaVersionOf(this.doc) >= SCHEMA_VERSION) return;
    if (!this.cluster || !this.store.withDocLock) return void migrate(this.doc);
    // Two instances loading one room must not both migrate it (a migration may add entries with
    // fresh ids): one at a time, each first reading what the one before it committed.
    await this.store.withDocLock(this.name, async () => {
      await this.catchUp();
      migrate(this.doc);
      await this.whenCommitted();
    });
  }

  private enqueue(update: Uint8Array, origin: unknown): void {
    this.queue.push({ update, origin });
    this.pendingUpdates++;
    if (this.scheduled) return;
    this.scheduled = true;
    // Group commit: everything that arrives in this event-loop turn, in every room, goes in one transaction.
    this.group.schedule(this.startCommit);
  }

  private readonly startCommit = (): void => {
    this.scheduled = false;
    this.runCommit(this.queue.splice(0));
  };

  private runCommit(batch: Pending[]): void {
    this.chain = this.chain.then(() => this.commit(batch));
  }

  private async commit(batch: Pending[]): Promise<void> {
    if (this.discarded) return;
    const all = this.unsaved.length ? [...this.unsaved, ...batch] : batch;
    if (all.length === 0) return;
    const updates = all.map((b) => b.update);
    try {
      const last = await this.group.append(this.name, updates);
      this.pendingUpdates -= all.length;
      this.cursor.mark(last - updates.length + 1, last);
      this.cluster?.committed(this, last - updates.length + 1, last, updates);
      this.watchGap();
    } catch (err) {
      // Never relay what is not stored: hold it, say so once, and try again later.
      this.unsaved = all;
      this.unsavedSize = all.reduce((n, b) => n + b.update.byteLength, 0);
      if (!this.retryTimer) {
        if (this.retryDelay === RETRY_FIRST_MS) {
          this.onError(err as Error);
          for (const p of this.peers) p.storageChanged(false);
        }
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.runCommit([]);
        }, this.retryDelay);
        this.retryTimer.unref();
        this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
      }
      return;
    }
    const recovered = this.unsaved.length > 0;
    this.unsaved = [];
    this.unsavedSize = 0;
    this.relayCommitted(all);
    if (recovered) {
      this.retryDelay = RETRY_FIRST_MS;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      for (const p of this.peers) p.storageChanged(true);
      this.onRecovered();
    }
    for (const resolve of this.durableWaiters.splice(0)) resolve();
    this.sinceCompaction += all.length;
    if (this.sinceCompaction >= this.compactEvery && !this.compactionQueued) {
      // Compact in a later turn, not in this one: the relay above goes out first, and edits that
      // arrive meanwhile are not held behind encoding and writing the whole document.
      this.compactionQueued = true;
      setImmediate(() => {
        this.chain = this.chain.then(() => this.compact()).finally(() => { this.compactionQueued = false; });
      });
    }
  }

  /**
   * What one commit stored, out to every peer in one frame, however many updates the turn committed
   * (merged once with Y.mergeUpdates when there are several). The writer of a single update, or of
   * all of them, is spared its own; when several writers share a commit, each gets the merged
   * frame with its own edits in it, as the reference server echoes every update to its sender:
   * Yjs skips what a document already holds, and one merge costs less than one per writer
   * (measured: a merge per writer was 16 % of the server's time with eight writers in a room).
   */
  private relayCommitted(all: readonly Pending[]): void {
    const origin = all[0]!.origin;
    const sole = all.every((b) => b.origin === origin) ? origin : null;
    const msg = updateMessage(all.length === 1 ? all[0]!.update : Y.mergeUpdates(all.map((b) => b.update)));
    for (const p of this.peers) if (p !== sole) p.send(msg);
  }

  private relay(update: Uint8Array): void {
    const msg = updateMessage(update);
    for (const p of this.peers) p.send(msg);
  }

  /** Updates another instance committed at positions `first`..`last` (from Redis). */
  receive(first: number, last: number, updates: readonly Uint8Array[]): void {
    if (this.discarded || last <= this.cursor.position) return;
    // Applying out of order is safe (Yjs keeps what lacks its dependencies pending); the cursor notices the gap.
    Y.transact(this.doc, () => { for (const u of updates) Y.applyUpdate(this.doc, u); }, REMOTE_ORIGIN);
    this.cursor.mark(first, last);
    this.watchGap();
  }

  /** A presence change from another instance: relayed to this instance's sockets, not published again. */
  receiveAwareness(update: Uint8Array): void {
    if (!this.discarded) applyAwarenessUpdate(this.presence.awareness, update, REMOTE_ORIGIN);
  }

  /** A gap that the missing message does not fill within the grace period is read from the store. */
  private watchGap(): void {
    if (!this.cluster || !this.cursor.hasGap || this.gapTimer) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      if (this.cursor.hasGap) void this.catchUp();
    }, this.cluster.gapGraceMs);
    this.gapTimer.unref();
  }

  /** Compare with the store's head (a lost message at the tail leaves no gap to notice). */
  async checkLog(): Promise<void> {
    if (this.discarded || this.catchingUp) return;
    try {
      if ((await this.store.lastUpdateId(this.name)) > this.cursor.position) await this.catchUp();
    } catch {
      // The store is away: nobody can have committed anything new; look again next time.
    }
  }

  /** Read what this copy lacks from the store's log and apply it; one read at a time. */
  catchUp(): Promise<void> {
    this.catchingUp ??= (async () => {
      try {
        const stored = await this.store.loadDoc(this.name, this.cursor.position);
        if (this.discarded) return;
        Y.transact(this.doc, () => {
          if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot);
          for (const u of stored.updates) Y.applyUpdate(this.doc, u);
        }, REMOTE_ORIGIN);
        this.cursor.reachedAtLeast(stored.lastId);
      } catch (err) {
        this.onError(err as Error);
      } finally {
        this.catchingUp = null;
      }
    })();
    return this.catchingUp;
  }

  /**
   * Sends what is already enqueued to the commit chain now, then waits for the chain. Someone is
   * waiting on it (an intent, a server-side change): waiting for the group's turn cost them up to
   * 3 ms behind a busy server's socket reads, and other rooms' commits in this tick still join it.
   */
  private async settle(): Promise<void> {
    if (this.scheduled) this.startCommit();
    await this.chain;
  }

  /**
   * Resolves when everything applied so far is committed (and relayed); rejects with
   * StorageUnavailableError when the store could not take it (it is held and retried).
   */
  async whenCommitted(): Promise<void> {
    await this.settle();
    if (this.unsaved.length > 0) {
      // Someone is waiting (a resent intent): try the store now rather than at the next retry.
      this.runCommit([]);
      await this.chain;
    }
    if (this.unsaved.length > 0) throw new StorageUnavailableError();
  }

  /** Resolves once everything applied so far is stored, however long the store takes to come back. */
  async whenDurable(): Promise<void> {
    await this.settle();
    if (this.unsaved.length > 0) await new Promise<void>((resolve) => this.durableWaiters.push(resolve));
  }

  /** The store is failing for this room: edits are held, not saved. */
  get saving(): boolean {
    return this.unsaved.length === 0;
  }

  /** Bytes applied but not stored (a writer past the cap is asked to keep its edits on its device). */
  get unsavedBytes(): number {
    return this.unsavedSize;
  }

  /** Replace the update log by one snapshot; runs inside the commit chain so no append races it. */
  private async compact(): Promise<void> {
    if (this.discarded || this.unloaded) return;
    try {
      // Only up to what this copy holds: another instance may have committed more that is still on its way here.
      await this.store.compact(this.name, Y.encodeStateAsUpdate(this.doc), this.cursor.position);
      this.sinceCompaction = 0;
    } catch (err) {
      this.onError(err as Error); // the log is still complete; compaction is retried later
    }
  }

  /** Whether the document holds changes the store does not have yet. */
  get uncommitted(): boolean {
    return this.pendingUpdates > 0;
  }

  leave(peer: RoomPeer): void {
    this.peers.delete(peer);
    this.presence.leave(peer);
  }

  /**
   * RT2 — Drop the room without writing anything (its conference is being deleted): pending
   * appends and the compaction on unload would otherwise write the deleted document back.
   */
  discard(): void {
    this.discarded = true;
    if (this.gapTimer) clearTimeout(this.gapTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.queue = [];
    this.unsaved = [];
    this.pendingUpdates = 0;
    this.peers.clear();
    this.presence.destroy();
    this.doc.destroy();
  }

  /** Commit, compact and free the room. Called by the registry when idle and at shutdown. */
  async unload(): Promise<void> {
    if (this.discarded) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    // At shutdown with the store down, what is held is lost here; its writers still hold it, and no intent was acknowledged for it.
    await this.whenCommitted();
    this.chain = this.chain.then(() => (this.sinceCompaction > 0 ? this.compact() : undefined));
    await this.chain;
    if (this.gapTimer) clearTimeout(this.gapTimer);
    // A compaction queued for a later turn must not run on a freed document (nor race a fresh load of this room).
    this.unloaded = true;
    this.presence.destroy();
    this.doc.destroy();
  }
}
