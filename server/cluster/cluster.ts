import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { randomBytes } from 'node:crypto';
import { RedisBus } from './bus.ts';
import type { Room, RoomCluster } from '../sync/room.ts';

/** What another instance asks every instance to do at once (removal, sign-out, ending a meeting). */
export type ControlKind = 'attendee' | 'session' | 'conference';

const MSG_UPDATES = 0;
const MSG_AWARENESS = 1;
const CONTROL_CHANNEL = 'cr:ctl';
const docChannel = (room: string) => `cr:doc:${room}`;

/** The state a room shows its clients while instances cannot hear each other (docs/api.md). */
export const DELAYED_NOTICE = { notice: 'sync_delayed' } as const;

export interface ClusterOptions {
  redisUrl: string;
  instanceId?: string | null;
  /** A control message from another instance (or a replay after Redis returns). */
  onControl(kind: ControlKind, id: string): void;
  /** Redis came back after an outage: re-check what control messages may have been missed. */
  onReconnect(): void;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  /** Ms a log gap may stay open before the room reads the store. */
  gapGraceMs?: number;
  /** Ms between head checks against the store while Redis is up, and while it is down. */
  checkUpMs?: number;
  checkDownMs?: number;
}

/**
 * Fan-out between instances over Redis: every committed update goes to the other instances that
 * have the room loaded, with its log positions, so a receiver can tell when it has missed one and
 * read it from PostgreSQL, which stays the only truth (docs/scaling.md).
 */
export class Cluster implements RoomCluster {
  readonly instanceId: string;
  readonly gapGraceMs: number;
  private readonly bus: RedisBus;
  private readonly rooms = new Map<string, Room>();
  private checkTimer: NodeJS.Timeout | null = null;
  private ticks = 0;

  constructor(private readonly opts: ClusterOptions) {
    this.instanceId = opts.instanceId ?? randomBytes(6).toString('hex');
    this.gapGraceMs = opts.gapGraceMs ?? 250;
    this.bus = new RedisBus(opts.redisUrl, { onUp: () => this.up(), onDown: () => this.down() });
    this.bus.subscribe(CONTROL_CHANNEL, (buf) => this.onControlMessage(buf));
  }

  async start(): Promise<void> {
    await this.bus.connect();
    if (!this.bus.up) this.opts.log.warn({ instance: this.instanceId }, 'redis unavailable at start; rooms catch up from the store');
    const down = this.opts.checkDownMs ?? 500;
    const upEvery = Math.max(1, Math.round((this.opts.checkUpMs ?? 5000) / down));
    // While Redis is up a lost message at a room's tail is found within `checkUpMs`; while it is down
    // the store is the only path between instances, so rooms look every `checkDownMs`.
    this.checkTimer = setInterval(() => {
      this.ticks++;
      if (this.bus.up && this.ticks % upEvery !== 0) return;
      for (const room of this.rooms.values()) void room.checkLog();
    }, down);
    this.checkTimer.unref();
  }

  /** Redis commands for shared limits (null while it is down: callers fall back to this instance). */
  get redis(): RedisBus['cmd'] | null {
    return this.bus.up ? this.bus.cmd : null;
  }

  get connected(): boolean {
    return this.bus.up;
  }

  /** Subscribe before the room loads, so nothing committed after the load's read goes unheard. */
  watch(name: string): void {
    this.bus.subscribe(docChannel(name), (buf) => this.onDocMessage(name, buf));
  }

  attach(room: Room): void {
    this.rooms.set(room.name, room);
    if (!this.bus.up) room.presence.awareness.setLocalState(DELAYED_NOTICE);
    // Whatever arrived between the subscription and the end of the load.
    void room.checkLog();
  }

  detach(name: string): void {
    this.rooms.delete(name);
    this.bus.unsubscribe(docChannel(name));
  }

  committed(room: Room, first: number, last: number, updates: readonly Uint8Array[]): void {
    const e = this.header(MSG_UPDATES);
    encoding.writeVarUint(e, first);
    encoding.writeVarUint(e, last);
    encoding.writeVarUint(e, updates.length);
    for (const u of updates) encoding.writeVarUint8Array(e, u);
    this.bus.publish(docChannel(room.name), Buffer.from(encoding.toUint8Array(e)));
  }

  awareness(room: Room, update: Uint8Array): void {
    const e = this.header(MSG_AWARENESS);
    encoding.writeVarUint8Array(e, update);
    this.bus.publish(docChannel(room.name), Buffer.from(encoding.toUint8Array(e)));
  }

  /** Tell every other instance; this one acts itself. */
  broadcast(kind: ControlKind, id: string): void {
    this.bus.publish(CONTROL_CHANNEL, Buffer.from(JSON.stringify({ from: this.instanceId, kind, id })));
  }

  private header(type: number): encoding.Encoder {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, this.instanceId);
    encoding.writeVarUint(e, type);
    return e;
  }

  private onDocMessage(name: string, buf: Buffer): void {
    const room = this.rooms.get(name);
    if (!room) return;
    try {
      const d = decoding.createDecoder(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
      if (decoding.readVarString(d) === this.instanceId) return;
      const type = decoding.readVarUint(d);
      if (type === MSG_UPDATES) {
        const first = decoding.readVarUint(d);
        const last = decoding.readVarUint(d);
        const n = decoding.readVarUint(d);
        const updates: Uint8Array[] = [];
        for (let i = 0; i < n; i++) updates.push(decoding.readVarUint8Array(d));
        room.receive(first, last, updates);
      } else if (type === MSG_AWARENESS) {
        room.receiveAwareness(decoding.readVarUint8Array(d));
      }
    } catch (err) {
      // Only our instances publish here; a message we cannot read is skipped and the log fills the gap.
      this.opts.log.warn({ room: name.slice(0, 6), err: (err as Error).message }, 'unreadable cluster message');
    }
  }

  private onControlMessage(buf: Buffer): void {
    try {
      const m = JSON.parse(buf.toString()) as { from: string; kind: ControlKind; id: string };
      if (m.from === this.instanceId || typeof m.id !== 'string') return;
      if (m.kind === 'attendee' || m.kind === 'session' || m.kind === 'conference') this.opts.onControl(m.kind, m.id);
    } catch {
      this.opts.log.warn({}, 'unreadable control message');
    }
  }

  private down(): void {
    this.opts.log.warn({ instance: this.instanceId }, 'redis unavailable: rooms keep working through the store, more slowly');
    for (const room of this.rooms.values()) room.presence.awareness.setLocalState(DELAYED_NOTICE);
  }

  private up(): void {
    this.opts.log.info({ instance: this.instanceId }, 'redis connected');
    for (const room of this.rooms.values()) {
      room.presence.awareness.setLocalState(null);
      void room.checkLog();
    }
    this.opts.onReconnect();
  }

  async close(): Promise<void> {
    if (this.checkTimer) clearInterval(this.checkTimer);
    this.rooms.clear();
    await this.bus.close();
  }
}
