import type * as Y from 'yjs';
import { WebsocketProvider, messageAwareness, messageSync } from 'y-websocket';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { LOCAL_ORIGIN } from '../../shared/commands/docs.ts';
import { MSG_STORAGE_STATUS, STORAGE_NOT_SAVING } from '../../shared/schema/syncStatus.ts';
import { localCopyName } from './localCopies.ts';
import { openSocket } from './openSocket.ts';

/** The state of one document's connection, as the save tag needs it. */
export interface ChannelState {
  connected: boolean;
  synced: boolean;
  /** Local edits the server has not yet answered for. */
  pending: boolean;
  /** When the socket last dropped (ms since epoch), or null while connected / never connected. */
  disconnectedSince: number | null;
  everConnected: boolean;
  /** A close code in 4400–4499: the server will not take this connection back. */
  finalCode: number | null;
  /** SF2 — The server said it cannot save edits right now (they stay on this device). */
  cannotSave: boolean;
}

/**
 * One document kept in step with its sync room, optionally with a copy on this device.
 *
 * "Saved" means the server has answered after our edits: y-websocket has no acknowledgement,
 * so after local edits we send a sync step 1 and count the step 2 replies. The socket is
 * ordered and the server handles a connection's messages in order, so the reply to a probe
 * comes after every edit sent before it.
 */
export class Channel {
  readonly provider: WebsocketProvider;
  /** The device copy (chair and note taker only; its library loads only for them). */
  private persistence: Promise<IndexeddbPersistence | null>;
  private destroyed = false;
  private localSeq = 0;
  private ackedSeq = 0;
  /** For each sync step 1 in flight, the local sequence its answer acknowledges. */
  private probes: number[] = [];
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  /** A probe every so often keeps a quiet socket alive (y-websocket drops one silent for 30 s). */
  private readonly keepAlive: ReturnType<typeof setInterval>;
  private listeners = new Set<() => void>();
  private state: ChannelState = { connected: false, synced: false, pending: false, disconnectedSince: null, everConnected: false, finalCode: null, cannotSave: false };

  constructor(serverUrl: string, room: string, readonly doc: Y.Doc, opts: { persist: boolean; awareness?: WebsocketProvider['awareness'] }) {
    this.persistence = opts.persist
      ? import('y-indexeddb').then((m) => (this.destroyed ? null : new m.IndexeddbPersistence(localCopyName(room), doc)))
      : Promise.resolve(null);
    this.provider = new WebsocketProvider(serverUrl, room, doc, {
      disableBc: true,
      maxBackoffTime: 5000,
      ...(opts.awareness ? { awareness: opts.awareness } : {}),
    });
    this.wrapSyncHandler();
    this.sendOwnPresenceOnly();
    // SF2 — Our own message type: whether the server is saving this writer's edits.
    this.provider.messageHandlers[MSG_STORAGE_STATUS] = (_encoder, decoder) => {
      this.set({ cannotSave: decoding.readVarUint(decoder) === STORAGE_NOT_SAVING });
    };
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') {
        // The provider's own step 1 on open: its answer acknowledges nothing new.
        this.probes = [this.ackedSeq];
        this.set({ connected: true, everConnected: true, disconnectedSince: null });
      } else if (status === 'disconnected') {
        this.probes = [];
        // A new connection starts from "saving"; the server says so again at once if it still cannot.
        this.set({ connected: false, synced: false, disconnectedSince: Date.now(), cannotSave: false });
      }
    });
    this.provider.on('sync', (synced) => this.set({ synced }));
    this.provider.on('closed', ({ code }) => this.set({ finalCode: code, connected: false }));
    doc.on('update', this.onUpdate);
    this.keepAlive = setInterval(() => this.probe(), 20_000);
  }

  private onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== LOCAL_ORIGIN) return;
    this.localSeq++;
    this.set({ pending: true });
    this.scheduleProbe();
  };

  private wrapSyncHandler(): void {
    const original = this.provider.messageHandlers[messageSync];
    if (!original) return;
    this.provider.messageHandlers[messageSync] = (encoder, decoder, provider, emitSynced, type) => {
      const syncType = decoding.peekVarUint(decoder);
      original(encoder, decoder, provider, emitSynced, type);
      if (syncType === syncProtocol.messageYjsSyncStep2) {
        const acked = this.probes.shift();
        if (acked !== undefined && acked > this.ackedSeq) this.ackedSeq = acked;
        this.set({ pending: this.localSeq > this.ackedSeq });
      } else if (syncType === syncProtocol.messageYjsSyncStep1 && this.localSeq > this.ackedSeq) {
        // The server asked for our state: our reply carries edits made offline. Probe after it.
        setTimeout(() => this.probe(), 0);
      }
    };
  }

  /**
   * Presence out: this device's own entry, when it changes. y-websocket's provider sends every change
   * its awareness sees, including the entries it has just received from the server (its handler does
   * not look at the origin), so in a room of fifteen each presence change came back from fourteen
   * devices, for the server to parse and drop (docs/performance.md, 2026-12-01).
   * Replaced under the provider's own name, so its destroy() still removes it.
   */
  private sendOwnPresenceOnly(): void {
    const provider = this.provider;
    const awareness = provider.awareness;
    awareness.off('update', provider._awarenessUpdateHandler);
    provider._awarenessUpdateHandler = ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>) => {
      const own = awareness.clientID;
      if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
      const ws = openSocket(provider);
      if (!ws) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageAwareness);
      encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [own]));
      ws.send(encoding.toUint8Array(encoder));
    };
    awareness.on('update', provider._awarenessUpdateHandler);
  }

  private scheduleProbe(): void {
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = setTimeout(() => this.probe(), 250);
  }

  private probe(): void {
    this.probeTimer = null;
    const ws = openSocket(this.provider);
    if (!ws) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.probes.push(this.localSeq);
    ws.send(encoding.toUint8Array(encoder));
  }

  private set(patch: Partial<ChannelState>): void {
    const next = { ...this.state, ...patch };
    if (Object.entries(next).every(([k, v]) => this.state[k as keyof ChannelState] === v)) return;
    this.state = next;
    for (const l of this.listeners) l();
  }

  get current(): ChannelState {
    return this.state;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Wait until this device's copy (if any) has been loaded into the document. */
  whenLocalLoaded(): Promise<void> {
    return this.persistence.then((p) => (p ? p.whenSynced.then(() => undefined) : undefined));
  }

  /** Stop keeping a copy on this device and delete the one there is (the connection has ended for good). */
  async dropLocal(): Promise<void> {
    const pending = this.persistence;
    this.persistence = Promise.resolve(null);
    const p = await pending;
    if (p) await p.clearData();
  }

  destroy(): void {
    if (this.probeTimer) clearTimeout(this.probeTimer);
    clearInterval(this.keepAlive);
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
    this.provider.destroy();
    this.destroyed = true;
    void this.persistence.then((p) => p?.destroy());
  }
}
