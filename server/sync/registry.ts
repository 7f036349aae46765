import type { Store } from '../store/types.ts';
import { Room, type RoomCluster } from './room.ts';
import { CommitGroup } from './commitGroup.ts';
import { parseRoomName } from '../../shared/schema/docLayout.ts';

/** The part of the cluster the registry drives: subscribe before a load, route messages after it. */
export interface RegistryCluster extends RoomCluster {
  watch(name: string): void;
  attach(room: Room): void;
  detach(name: string): void;
}

/**
 * The rooms in memory: an instance, not module globals, so tests can run servers side by side.
 * A room loads on first use and unloads when it has had no peers for `idleMs`.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** One group commit for all the rooms: a turn's updates in every room go in one transaction. */
  private readonly group: CommitGroup;

  constructor(
    private readonly store: Store,
    private readonly opts: {
      idleMs: number;
      compactEvery: number;
      onRoomError: (room: string, err: Error) => void;
      cluster?: RegistryCluster | null;
      /** Called when the last loaded room has unloaded. */
      onEmpty?: () => void;
    },
  ) {
    this.group = new CommitGroup(store);
  }

  /** The loaded room for a validated room name; concurrent callers share one load. */
  get(name: string): Promise<Room> {
    this.cancelIdle(name);
    let room = this.rooms.get(name);
    if (!room) {
      const parsed = parseRoomName(name);
      if (!parsed) return Promise.reject(new Error('invalid room name'));
      const cluster = this.opts.cluster ?? null;
      cluster?.watch(name);
      room = Room.load(name, this.store, {
        compactEvery: this.opts.compactEvery,
        shared: parsed.kind === 'shared',
        onError: (err) => this.opts.onRoomError(name, err),
        // An empty room kept in memory only because its store was failing may unload now.
        onRecovered: () => void this.rooms.get(name)?.then((r) => this.releaseIfIdle(name, r)),
        cluster,
        group: this.group,
      }).then((r) => {
        cluster?.attach(r);
        return r;
      });
      this.rooms.set(name, room);
      room.catch(() => {
        this.rooms.delete(name);
        cluster?.detach(name);
      });
    }
    return room;
  }

  /** Whether the room is in memory now (for tests and metrics). */
  isLoaded(name: string): boolean {
    return this.rooms.has(name);
  }

  /** Run a server-side change on a room, then let it go idle again if nobody is connected. */
  async withRoom<T>(name: string, fn: (room: Room) => T | Promise<T>): Promise<T> {
    const room = await this.get(name);
    try {
      const out = await fn(room);
      await room.whenCommitted();
      return out;
    } finally {
      this.releaseIfIdle(name, room);
    }
  }

  /** Called when a peer leaves: schedule the unload of an empty room. */
  releaseIfIdle(name: string, room: Room): void {
    if (room.peers.size > 0 || this.idleTimers.has(name)) return;
    const timer = setTimeout(() => {
      this.idleTimers.delete(name);
      void room.whenCommitted().then(() => {
        if (room.peers.size > 0 || this.idleTimers.has(name)) return;
        // Everything is committed: a new connection may start a fresh load from the store now.
        if (this.rooms.get(name)) this.rooms.delete(name);
        this.opts.cluster?.detach(name);
        return room.unload().then(() => {
          if (this.rooms.size === 0) this.opts.onEmpty?.();
        });
      }).catch((err: Error) => this.opts.onRoomError(name, err));
    }, this.opts.idleMs);
    timer.unref();
    this.idleTimers.set(name, timer);
  }

  private cancelIdle(name: string): void {
    const t = this.idleTimers.get(name);
    if (t) {
      clearTimeout(t);
      this.idleTimers.delete(name);
    }
  }

  /** Forget a room without writing it back (retention deletes its conference). Safe when not loaded. */
  async discard(name: string): Promise<void> {
    this.cancelIdle(name);
    const loading = this.rooms.get(name);
    if (!loading) return;
    this.rooms.delete(name);
    this.opts.cluster?.detach(name);
    const room = await loading.catch(() => null);
    room?.discard();
  }

  /** Every loaded room (for disconnecting sessions). */
  async loaded(): Promise<Room[]> {
    const settled = await Promise.allSettled(this.rooms.values());
    return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  }

  async closeAll(): Promise<void> {
    for (const t of this.idleTimers.values()) clearTimeout(t);
    this.idleTimers.clear();
    const rooms = await this.loaded();
    this.rooms.clear();
    for (const r of rooms) this.opts.cluster?.detach(r.name);
    // One room the store cannot take must not stop the others from being written at shutdown.
    const results = await Promise.allSettled(rooms.map((r) => r.unload()));
    results.forEach((r, i) => { if (r.status === 'rejected') this.opts.onRoomError(rooms[i]!.name, r.reason as Error); });
  }
}
