import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { awarenessMessage } from './protocol.ts';
import type { CleanEntry } from './awarenessFilter.ts';

/** Presence and updates another instance sent: relayed to this instance's sockets, never published again. */
export const REMOTE_ORIGIN = Symbol('remote');

/** A peer as presence sees it: where to send, and the awareness ids it owns. */
export interface PresencePeer {
  send(message: Uint8Array): void;
  readonly awarenessIds: Set<number>;
  /** The session behind the socket: a client id stays with the session that first claimed it. */
  readonly sessionKey: string;
}

/**
 * Presence of one room. Each entry is parsed once (by the filter), stored, and relayed as the JSON
 * the filter produced, so an update costs one parse and one stringify however many devices see it.
 * Which connection owns which client id is a map here, so a claim is one lookup, not a scan of
 * every socket on the server.
 *
 * y-protocols' Awareness still holds the states: its 30 s timeout drops devices that went silent,
 * and a joiner gets every state through its encoder.
 */
export class RoomPresence {
  readonly awareness: Awareness;
  private readonly owners = new Map<number, PresencePeer>();
  /**
   * The session that first claimed each client id in this room. A device that reconnects (same
   * session) takes its id back; another device echoing a departed device's entry cannot squat it.
   */
  private readonly sessions = new Map<number, string>();
  /** Several instances: a change made here (an entry, a departure, a timeout) for the others. */
  onLocalChange: ((update: Uint8Array) => void) | null = null;

  constructor(
    doc: Y.Doc,
    private readonly peers: ReadonlySet<PresencePeer>,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null);
    // Removals made here (a device left, or timed out) are relayed to everyone.
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      const changed = [...added!, ...updated!, ...removed!];
      if (changed.length === 0) return;
      const update = encodeAwarenessUpdate(this.awareness, changed);
      const msg = awarenessMessage(update);
      for (const p of this.peers) if (p !== origin) p.send(msg);
      // The server's own entry ('local': the notice while Redis is away) stays on this instance.
      if (origin !== REMOTE_ORIGIN && origin !== 'local') this.onLocalChange?.(update);
    });
  }

  /** Whether another peer already owns this awareness client id. */
  ownedElsewhere(clientId: number, peer: PresencePeer): boolean {
    const owner = this.owners.get(clientId);
    if (owner !== undefined && owner !== peer) return true;
    const session = this.sessions.get(clientId);
    return session !== undefined && session !== peer.sessionKey;
  }

  claim(clientId: number, peer: PresencePeer): void {
    this.owners.set(clientId, peer);
    if (!this.sessions.has(clientId)) this.sessions.set(clientId, peer.sessionKey);
  }

  /**
   * Apply a peer's own, filtered entries and relay what changed to the others, as y-protocols
   * would: a newer clock wins; a removal at the same clock removes.
   *
   * One difference: a device that reconnects sends its presence at the clock it had, which the room
   * already saw (its removal kept that clock), so y-protocols would ignore it until the device's
   * 15-second renewal. Here such an entry is moved one past the room's clock and sent back to its
   * owner too, so everyone, the owner included, continues from the same clock.
   */
  apply(entries: readonly CleanEntry[], from: PresencePeer): void {
    const aw = this.awareness;
    const now = Date.now();
    const out: { clientId: number; clock: number; json: string }[] = [];
    let bumped = false;
    for (const e of entries) {
      const current = aw.meta.get(e.clientId)?.clock ?? 0;
      let clock = e.clock;
      const has = aw.states.has(e.clientId);
      if (clock <= current) {
        if (e.state !== null && !has && aw.meta.has(e.clientId)) {
          clock = current + 1;
          bumped = true;
        } else if (!(clock === current && e.state === null && has)) {
          continue;
        }
      }
      if (e.state === null) aw.states.delete(e.clientId);
      else aw.states.set(e.clientId, e.state);
      aw.meta.set(e.clientId, { clock, lastUpdated: now });
      out.push({ clientId: e.clientId, clock, json: e.json });
    }
    if (out.length === 0) return;
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, out.length);
    for (const o of out) {
      encoding.writeVarUint(enc, o.clientId);
      encoding.writeVarUint(enc, o.clock);
      encoding.writeVarString(enc, o.json);
    }
    const update = encoding.toUint8Array(enc);
    const msg = awarenessMessage(update);
    for (const p of this.peers) if (p !== from || bumped) p.send(msg);
    this.onLocalChange?.(update);
  }

  /** Every state, for a joiner or an awareness query. */
  everyone(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length ? awarenessMessage(encodeAwarenessUpdate(this.awareness, ids)) : null;
  }

  /** A peer left: forget what it owned and tell the others its devices are gone. */
  leave(peer: PresencePeer): void {
    for (const id of peer.awarenessIds) if (this.owners.get(id) === peer) this.owners.delete(id);
    if (peer.awarenessIds.size) removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
  }

  destroy(): void {
    this.owners.clear();
    this.sessions.clear();
    this.awareness.destroy();
  }
}
