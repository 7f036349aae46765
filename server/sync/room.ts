import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { Store } from '../store/types.ts';
import { migrate } from '../../shared/schema/migrations/index.ts';
import { awarenessMessage, updateMessage } from './protocol.ts';

/** A connected socket as the room sees it; `send` never throws. */
export interface RoomPeer {
  send(message: Uint8Array): void;
  /** Awareness client ids this peer owns, removed from the room when it leaves. */
  readonly awarenessIds: Set<number>;
  close(code: number, reason: string): void;
}

const LOAD_ORIGIN = Symbol('load');

/**
 * One document in memory, with its connections. Every accepted update — from a client, an intent
 * or a migration — goes through one pipeline: apply → append to the store (group commit) →
 * relay to everyone else. Nothing is relayed before it is durable.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Set<RoomPeer>();
  private queue: { update: Uint8Array; origin: unknown }[] = [];
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;
  private sinceCompaction = 0;
  private failed: Error | null = null;
  /** Set when the conference is deleted: nothing of this room may reach the store again. */
  private discarded = false;

  private constructor(
    readonly name: string,
    private readonly store: Store,
    private readonly compactEvery: number,
    private readonly onError: (err: Error) => void,
    /** The store refused a write: the registry forgets this room so the next connection loads afresh. */
    private readonly onBroken: () => void,
  ) {
    this.awareness.setLocalState(null);
  }

  /** Load the snapshot and its tail before anyone is answered; migrate the shared document once. */
  static async load(
    name: string,
    store: Store,
    opts: { compactEvery: number; shared: boolean; onError: (err: Error) => void; onBroken: () => void },
  ): Promise<Room> {
    const room = new Room(name, store, opts.compactEvery, opts.onError, opts.onBroken);
    const stored = await store.loadDoc(name);
    Y.transact(room.doc, () => {
      if (stored.snapshot) Y.applyUpdate(room.doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(room.doc, u);
    }, LOAD_ORIGIN);
    room.sinceCompaction = stored.updates.length;
    room.doc.on('update', (update: Uint8Array, origin: unknown) => room.enqueue(update, origin));
    room.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      const changed = [...added!, ...updated!, ...removed!];
      if (changed.length === 0) return;
      const msg = awarenessMessage(encodeAwarenessUpdate(room.awareness, changed));
      for (const p of room.peers) if (p !== origin) p.send(msg);
    });
    if (opts.shared) migrate(room.doc);
    await room.whenCommitted();
    return room;
  }

  private enqueue(update: Uint8Array, origin: unknown): void {
    this.queue.push({ update, origin });
    if (this.scheduled) return;
    this.scheduled = true;
    // Group commit: everything that arrives in this event-loop turn goes in one transaction.
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.queue.splice(0);
      this.chain = this.chain.then(() => this.commit(batch));
    });
  }

  private async commit(batch: { update: Uint8Array; origin: unknown }[]): Promise<void> {
    if (this.failed || this.discarded) return;
    try {
      await this.store.appendUpdates(this.name, batch.map((b) => b.update));
    } catch (err) {
      // Never relay what is not stored: stop this room and drop everyone so they resync on a fresh load.
      this.failed = err as Error;
      this.onError(this.failed);
      for (const p of [...this.peers]) p.close(1011, 'storage unavailable');
      this.onBroken();
      return;
    }
    for (const { update, origin } of batch) {
      const msg = updateMessage(update);
      for (const p of this.peers) if (p !== origin) p.send(msg);
    }
    this.sinceCompaction += batch.length;
    if (this.sinceCompaction >= this.compactEvery) await this.compact();
  }

  /** Resolves when everything applied so far is committed (and relayed). */
  whenCommitted(): Promise<void> {
    if (!this.scheduled && this.queue.length === 0) return this.chain;
    return new Promise((resolve) => setImmediate(() => resolve(this.chain.then(() => undefined))));
  }

  /** Replace the update log by one snapshot; runs inside the commit chain so no append races it. */
  private async compact(): Promise<void> {
    if (this.discarded) return;
    try {
      const upto = await this.store.lastUpdateId(this.name);
      await this.store.compact(this.name, Y.encodeStateAsUpdate(this.doc), upto);
      this.sinceCompaction = 0;
    } catch (err) {
      this.onError(err as Error); // the log is still complete; compaction is retried later
    }
  }

  get broken(): Error | null {
    return this.failed;
  }

  leave(peer: RoomPeer): void {
    this.peers.delete(peer);
    if (peer.awarenessIds.size) removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
  }

  /**
   * RT2 — Drop the room without writing anything (its conference is being deleted): pending
   * appends and the compaction on unload would otherwise write the deleted document back.
   */
  discard(): void {
    this.discarded = true;
    this.queue = [];
    this.peers.clear();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Commit, compact and free the room. Called by the registry when idle. */
  async unload(): Promise<void> {
    if (this.discarded) return;
    await this.whenCommitted();
    this.chain = this.chain.then(() => (this.sinceCompaction > 0 ? this.compact() : undefined));
    await this.chain;
    this.awareness.destroy();
    this.doc.destroy();
  }
}
