/**
 * An in-memory sync harness: the real room, connection and store code, with sockets whose delivery
 * the test controls. Every frame waits in a per-link FIFO queue (a WebSocket keeps order) until the
 * test delivers it, so a test decides the interleaving across links, when a link drops (what is in
 * flight is lost) and when the server's group commit runs. Clients speak the y-websocket protocol
 * as the browser's provider does (step 1 on open, updates not from the server, awareness echoes).
 *
 * The harness checks "acknowledged means stored" on every frame the server sends: a document
 * update may leave the server only when the store already holds everything in it.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { SqliteStore } from '../../server/store/sqlite.ts';
import type { Store } from '../../server/store/types.ts';
import { RoomRegistry } from '../../server/sync/registry.ts';
import { SyncServer } from '../../server/sync/upgrade.ts';
import type { Connection, ConnectionEvents } from '../../server/sync/connection.ts';
import type { Room } from '../../server/sync/room.ts';
import type { Principal } from '../../server/auth/sessions.ts';
import { MSG_AWARENESS, MSG_QUERY_AWARENESS, MSG_SYNC, SYNC_UPDATE } from '../../server/sync/protocol.ts';
import type { Role } from '../../shared/schema/roles.ts';
import { canWriteDocuments } from '../../shared/rules/permissions.ts';

/** The server's end of a link: enough of `ws.WebSocket` for Connection, with sends queued for the test. */
class HarnessSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  binaryType = 'nodebuffer';
  closeCode: number | null = null;
  /** What ws would still hold for this peer: the test holds undelivered frames itself, so none here (BP1). */
  readonly bufferedAmount = 0;

  constructor(private readonly link: Link) {
    super();
  }

  send(data: Uint8Array, cb?: (err?: Error) => void): void {
    if (this.readyState !== this.OPEN) return;
    this.link.harness.checkStored(this.link, data);
    this.link.toClient.push(Uint8Array.from(data));
    cb?.();
  }

  close(code: number): void {
    if (this.readyState !== this.OPEN) return;
    this.closeCode = code;
    this.link.drop(code);
  }

  terminate(): void {
    this.close(1006);
  }

  ping(): void {}
}

/** One socket between a client and the server: two FIFO queues the test drains. */
export class Link {
  readonly toServer: Uint8Array[] = [];
  readonly toClient: Uint8Array[] = [];
  readonly socket: HarnessSocket;
  open = true;
  conn!: Connection;

  constructor(
    readonly harness: SyncHarness,
    readonly client: HarnessClient,
  ) {
    this.socket = new HarnessSocket(this);
  }

  /** Either side closed: what is in flight is lost, both ends learn of it. */
  drop(code: number): void {
    if (!this.open) return;
    this.open = false;
    this.toServer.length = 0;
    this.toClient.length = 0;
    this.socket.readyState = 3;
    this.client.closes.push(code);
    this.client.onLinkClosed(this);
    this.socket.emit('close', code);
  }

  deliverToServer(): boolean {
    const m = this.toServer.shift();
    if (!m || !this.open) return false;
    this.socket.emit('message', Buffer.from(m), true);
    return true;
  }

  deliverToClient(): boolean {
    const m = this.toClient.shift();
    if (!m || !this.open) return false;
    this.client.receive(this, m);
    return true;
  }
}

/** A device: a Y.Doc and awareness behind a y-websocket-style provider over a harness link. */
export class HarnessClient {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly closes: number[] = [];
  link: Link | null = null;

  constructor(
    readonly harness: SyncHarness,
    readonly name: string,
    readonly principal: Principal,
    clientId: number,
  ) {
    this.doc = new Y.Doc();
    this.doc.clientID = clientId;
    this.awareness = new Awareness(this.doc);
    this.awareness.setLocalState(null);
    // As y-websocket: every document change not received from the server goes to it.
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, MSG_SYNC);
      syncProtocol.writeUpdate(e, update);
      this.send(encoding.toUint8Array(e));
    });
    // As y-websocket: every awareness change goes out, including other people's (the echo).
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      this.send(frameAwareness(encodeAwarenessUpdate(this.awareness, changed)));
    });
  }

  get readOnly(): boolean {
    return !canWriteDocuments(this.principal.role);
  }

  get connected(): boolean {
    return this.link?.open === true;
  }

  send(frame: Uint8Array): void {
    if (this.link?.open) this.link.toServer.push(frame);
  }

  receive(link: Link, frame: Uint8Array): void {
    const d = decoding.createDecoder(frame);
    const type = decoding.readVarUint(d);
    if (type === MSG_SYNC) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, MSG_SYNC);
      syncProtocol.readSyncMessage(d, e, this.doc, this);
      if (encoding.length(e) > 1) link.toServer.push(encoding.toUint8Array(e));
    } else if (type === MSG_AWARENESS) {
      applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(d), this);
    } else if (type === MSG_QUERY_AWARENESS) {
      link.toServer.push(frameAwareness(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
    }
  }

  onLinkClosed(link: Link): void {
    if (this.link !== link) return;
    // As y-websocket: other people's presence is forgotten when the socket closes.
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, this);
  }

  /** Close this device's socket from its side; frames in flight are lost. */
  disconnect(): void {
    this.link?.drop(1000);
  }
}

function frameAwareness(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export interface HarnessOptions {
  /** Room name (a conference id, optionally `/professional`). */
  room?: string;
  compactEvery?: number;
  /** A store to use instead of a fresh SQLite file (e.g. one that fails on demand). */
  store?: Store;
}

/** The server side: a real store, registry and sync server, with harness sockets. */
export class SyncHarness {
  readonly clients: HarnessClient[] = [];
  readonly links: Link[] = [];
  readonly violations: string[] = [];
  readonly audited: string[] = [];
  /** Frames the server sent that held document changes the store did not have yet: must stay empty. */
  readonly unstoredRelays: string[] = [];
  readonly sync: SyncServer;
  private nextClientId = 1;

  private constructor(
    readonly store: Store,
    readonly registry: RoomRegistry,
    readonly roomName: string,
    private readonly dir: string | null,
  ) {
    const events: ConnectionEvents = {
      violation: (kind) => { this.violations.push(kind); },
      edited: (edits) => { for (const e of edits) this.audited.push(e.action); },
      cutOff: (reason) => { this.violations.push(reason); },
    };
    this.sync = new SyncServer({
      registry,
      authenticate: async () => null,
      originAllowed: () => true,
      reach: async () => 'open',
      events,
      queue: { maxBytes: 8 * 1024 * 1024, maxAgeMs: 30_000 },
      log: { warn: () => undefined },
    });
  }

  static async create(opts: HarnessOptions = {}): Promise<SyncHarness> {
    const dir = opts.store ? null : mkdtempSync(join(tmpdir(), 'cr-harness-'));
    const store = opts.store ?? new SqliteStore(dir!);
    const registry = new RoomRegistry(store, { idleMs: 60_000, compactEvery: opts.compactEvery ?? 1000, onRoomError: () => undefined });
    return new SyncHarness(store, registry, opts.room ?? 'harnessroom0001', dir);
  }

  room(): Promise<Room> {
    return this.registry.get(this.roomName);
  }

  /** A new device with a deterministic Yjs client id (so a seed replays exactly). */
  client(role: Role, name = `${role}-${this.clients.length + 1}`): HarnessClient {
    const staff = role === 'chair' || role === 'notetaker' || role === 'admin';
    const principal: Principal = {
      sessionHash: `session-${name}`, kind: staff ? 'staff' : 'attendee', role,
      userId: staff ? `user-${name}` : null, attendeeId: staff ? null : `attendee-${name}`, conferenceId: null, name,
    };
    const c = new HarnessClient(this, name, principal, this.nextClientId++);
    this.clients.push(c);
    return c;
  }

  /** Open a socket for `client`, as the provider does: sync step 1, then its presence if it has any. */
  async connect(client: HarnessClient): Promise<Link> {
    const room = await this.room();
    const link = new Link(this, client);
    client.link = link;
    this.links.push(link);
    link.conn = this.sync.attach(link.socket as unknown as WebSocket, room, client.principal, client.readOnly);
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MSG_SYNC);
    syncProtocol.writeSyncStep1(e, client.doc);
    link.toServer.push(encoding.toUint8Array(e));
    if (client.awareness.getLocalState() !== null) link.toServer.push(frameAwareness(encodeAwarenessUpdate(client.awareness, [client.doc.clientID])));
    return link;
  }

  /** Links that have something waiting, each with the direction it would deliver. */
  pending(): { link: Link; to: 'server' | 'client' }[] {
    const out: { link: Link; to: 'server' | 'client' }[] = [];
    for (const l of this.links) {
      if (!l.open) continue;
      if (l.toServer.length) out.push({ link: l, to: 'server' });
      if (l.toClient.length) out.push({ link: l, to: 'client' });
    }
    return out;
  }

  /** Let the server's group commit (and its relay) run: what it was given so far is stored and sent. */
  async commit(): Promise<void> {
    const room = await this.room();
    await new Promise((r) => setImmediate(r));
    await room.whenCommitted();
  }

  /** Deliver everything, in link order, committing between rounds, until nothing is in flight. */
  async settle(maxRounds = 1000): Promise<void> {
    for (let i = 0; i < maxRounds; i++) {
      await this.commit();
      const p = this.pending();
      if (p.length === 0) return;
      for (const { link, to } of p) while (to === 'server' ? link.deliverToServer() : link.deliverToClient());
    }
    throw new Error('the harness did not settle');
  }

  /** Called for every frame the server sends: document updates must already be in the store. */
  checkStored(link: Link, frame: Uint8Array): void {
    if (!(this.store instanceof SqliteStore)) return;
    const d = decoding.createDecoder(frame);
    if (decoding.readVarUint(d) !== MSG_SYNC) return;
    const sub = decoding.readVarUint(d);
    if (sub !== SYNC_UPDATE && sub !== 1) return;
    const update = decoding.readVarUint8Array(d);
    // From the structs themselves: a state vector read from an update skips structs after a gap.
    const needed = new Map<number, number>();
    for (const st of Y.decodeUpdate(update).structs) {
      if (st instanceof Y.Skip) continue;
      needed.set(st.id.client, Math.max(needed.get(st.id.client) ?? 0, st.id.clock + st.length));
    }
    if (needed.size === 0) return;
    const stored = this.storedStateVector();
    for (const [client, clock] of needed) {
      if ((stored.get(client) ?? 0) < clock) this.unstoredRelays.push(`${link.client.name}: client ${client} clock ${clock} > stored ${stored.get(client) ?? 0}`);
    }
  }

  /** The state vector of what the store holds for this room now (snapshot plus log). */
  storedStateVector(): Map<number, number> {
    const sqlite = this.store as SqliteStore; // checkStored only calls this for SQLite
    const doc = new Y.Doc();
    const snap = sqlite.db.prepare('SELECT state FROM doc_snapshots WHERE name = ?').get(this.roomName) as { state: Buffer } | undefined;
    if (snap) Y.applyUpdate(doc, snap.state);
    for (const r of sqlite.db.prepare('SELECT data FROM doc_updates WHERE name = ? ORDER BY id').all(this.roomName) as { data: Buffer }[]) Y.applyUpdate(doc, r.data);
    const sv = Y.decodeStateVector(Y.encodeStateVector(doc));
    doc.destroy();
    return sv;
  }

  /** A fresh document loaded from the store, as the next server start would see it. */
  async reloadFromStore(): Promise<Y.Doc> {
    const stored = await this.store.loadDoc(this.roomName);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    return doc;
  }

  async close(): Promise<void> {
    this.sync.close();
    await this.registry.closeAll();
    await this.store.close();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
