import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Room, RoomPeer } from './room.ts';
import type { Principal } from '../auth/sessions.ts';
import { filterAwarenessUpdate } from './awarenessFilter.ts';
import {
  MSG_AWARENESS, MSG_QUERY_AWARENESS, MSG_SYNC, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE,
  addsToDocument, awarenessMessage, syncStep1, syncStep2,
} from './protocol.ts';

/** Close codes (docs/api.md). 4400–4499 are final for y-websocket 3: the client does not retry. */
export const CLOSE = {
  malformed: 4400,
  sessionEnded: 4401,
  readOnly: 4403,
  removed: 4408,
  tooLarge: 4413,
  rateLimited: 4429,
  serverError: 1011,
} as const;

export interface ConnectionEvents {
  /** A read-only connection tried to write, or a client sent garbage: logged and audited, no content. */
  violation(kind: 'write_attempt' | 'malformed' | 'rate_limited', p: Principal, room: string): void;
}

// Token bucket per connection: y-websocket sends one frame per local transaction, so a fast
// typist makes ~10/s; 300 burst with 60/s refill never bothers a person and stops a flood.
const BUCKET_SIZE = 300;
const REFILL_PER_SECOND = 60;

/** One socket in one room: decodes frames, enforces read-only, rewrites presence, answers sync. */
export class Connection implements RoomPeer {
  readonly awarenessIds = new Set<number>();
  private tokens = BUCKET_SIZE;
  private lastRefill = Date.now();
  private closed = false;

  constructor(
    readonly ws: WebSocket,
    readonly room: Room,
    readonly principal: Principal,
    readonly readOnly: boolean,
    private readonly events: ConnectionEvents,
    private readonly otherIds: (id: number) => boolean,
  ) {
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    ws.on('error', () => this.close(CLOSE.serverError, 'socket error'));
    room.peers.add(this);
    this.send(syncStep1(room.doc));
    const states = [...room.awareness.getStates().keys()];
    if (states.length) this.send(awarenessMessage(encodeAwarenessUpdate(room.awareness, states)));
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(message, (err) => err && this.close(CLOSE.serverError, 'send failed'));
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.room.leave(this);
    try {
      this.ws.close(code, reason);
    } catch {
      this.ws.terminate();
    }
    // A peer that does not finish the closing handshake is cut off.
    setTimeout(() => this.ws.terminate(), 1000).unref();
  }

  private takeToken(): boolean {
    const now = Date.now();
    this.tokens = Math.min(BUCKET_SIZE, this.tokens + ((now - this.lastRefill) / 1000) * REFILL_PER_SECOND);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    if (!this.takeToken()) {
      this.events.violation('rate_limited', this.principal, this.room.name);
      return this.close(CLOSE.rateLimited, 'too many messages');
    }
    if (!isBinary) return this.malformed();
    try {
      this.dispatch(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch {
      this.malformed();
    }
  }

  private malformed(): void {
    this.events.violation('malformed', this.principal, this.room.name);
    this.close(CLOSE.malformed, 'malformed message');
  }

  private dispatch(message: Uint8Array): void {
    const d = decoding.createDecoder(message);
    const type = decoding.readVarUint(d);
    if (type === MSG_SYNC) {
      const sub = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (sub === SYNC_STEP1) {
        const sv = payload;
        Y.decodeStateVector(sv); // validate before waiting
        // Answer only with committed state: nothing a SIGKILL could lose reaches anyone.
        void this.room.whenCommitted().then(() => this.send(syncStep2(this.room.doc, sv)));
      } else if (sub === SYNC_STEP2 || sub === SYNC_UPDATE) {
        this.applyUpdate(payload);
      } else {
        throw new Error('unknown sync message');
      }
    } else if (type === MSG_AWARENESS) {
      const update = decoding.readVarUint8Array(d);
      const user = { id: this.principal.attendeeId ?? this.principal.userId ?? '', name: this.principal.name, role: this.principal.role };
      const clean = filterAwarenessUpdate(update, { own: this.awarenessIds, ownedElsewhere: this.otherIds }, user);
      if (clean) applyAwarenessUpdate(this.room.awareness, clean, this);
    } else if (type === MSG_QUERY_AWARENESS) {
      const ids = [...this.room.awareness.getStates().keys()];
      this.send(awarenessMessage(encodeAwarenessUpdate(this.room.awareness, ids)));
    } else {
      throw new Error('unknown message type');
    }
  }

  private applyUpdate(update: Uint8Array): void {
    if (this.readOnly) {
      // A read-only client's step 2 is empty; anything that would change the document is refused.
      if (!addsToDocument(this.room.doc, update)) return;
      this.events.violation('write_attempt', this.principal, this.room.name);
      return this.close(CLOSE.readOnly, 'this connection is read-only');
    }
    if (this.room.broken) return this.close(CLOSE.serverError, 'storage unavailable');
    // Decode fully before applying: Yjs can throw half-way through a malformed update.
    Y.decodeUpdate(update);
    Y.applyUpdate(this.room.doc, update, this);
  }
}
