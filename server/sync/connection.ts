import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { Room, RoomPeer } from './room.ts';
import type { Principal } from '../auth/sessions.ts';
import { filterAwarenessUpdate } from './awarenessFilter.ts';
import { describeEdits, type EditSummary } from './editAudit.ts';
import { connectionBudgets, type Budget } from './tokenBucket.ts';
import {
  MSG_AWARENESS, MSG_QUERY_AWARENESS, MSG_SYNC, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE,
  changesDocument, awarenessMessage, storageStatusMessage, syncStep1, syncStep2,
} from './protocol.ts';

/** SF2 — Unsaved edits one room may hold in memory while its store fails; past this a writer is asked to keep its own. */
export const MAX_UNSAVED_BYTES = 16 * 1024 * 1024;

/** Close codes (docs/api.md). 4400–4499 are final for y-websocket 3: the client does not retry. */
export const CLOSE = {
  malformed: 4400,
  sessionEnded: 4401,
  readOnly: 4403,
  removed: 4408,
  /** The conference was closed (finalised): staff reload and reconnect read-only. */
  finalised: 4409,
  tooLarge: 4413,
  rateLimited: 4429,
  /** SF2 — The store is failing and the room holds too much unsaved: the writer keeps its edits and reloads later. */
  cannotSave: 4450,
  serverError: 1011,
} as const;

export interface ConnectionEvents {
  /** A read-only connection tried to write, or a client sent garbage: logged and audited, no content. */
  violation(kind: 'write_attempt' | 'malformed' | 'too_large' | 'rate_limited', p: Principal, room: string): void;
  /** A writer changed the structure of a document (AU5): audited by id, never content. */
  edited(edits: readonly EditSummary[], p: Principal, room: string): void;
}

/** One socket in one room: decodes frames, enforces read-only, rewrites presence, answers sync. */
export class Connection implements RoomPeer {
  readonly awarenessIds = new Set<number>();
  readonly sessionKey: string;
  private readonly budgets = connectionBudgets();
  private closed = false;
  /** When a frame or pong last arrived: the session sweep counts it as activity, the heartbeat as life. */
  lastSeenAt = Date.now();

  constructor(
    readonly ws: WebSocket,
    readonly room: Room,
    readonly principal: Principal,
    readonly readOnly: boolean,
    private readonly events: ConnectionEvents,
  ) {
    this.sessionKey = principal.sessionHash;
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    ws.on('pong', () => { this.lastSeenAt = Date.now(); });
    ws.on('error', (err: Error & { code?: string }) => {
      // ws has already answered an over-limit frame with 1009 and is closing; say why in the audit.
      if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.events.violation('too_large', this.principal, this.room.name);
      this.close(CLOSE.serverError, 'socket error');
    });
    room.peers.add(this);
    if (!readOnly && !room.saving) this.send(storageStatusMessage(false));
    this.send(syncStep1(room.doc));
    const everyone = room.presence.everyone();
    if (everyone) this.send(everyone);
  }

  storageChanged(saving: boolean): void {
    if (!this.readOnly) this.send(storageStatusMessage(saving));
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

  /** Ping a live peer; report false for one that has said nothing since `staleBefore` (it is cut off). */
  heartbeat(staleBefore: number): boolean {
    if (this.closed) return false;
    if (this.lastSeenAt < staleBefore) {
      this.close(CLOSE.serverError, 'no heartbeat');
      this.ws.terminate();
      return false;
    }
    try {
      this.ws.ping();
    } catch {
      this.close(CLOSE.serverError, 'ping failed');
      return false;
    }
    return true;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Spend from one budget; an empty budget closes the socket with 4429 (audited). */
  private spend(budget: Budget): boolean {
    if (this.budgets[budget].take()) return true;
    this.events.violation('rate_limited', this.principal, this.room.name);
    this.close(CLOSE.rateLimited, 'too many messages');
    return false;
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    this.lastSeenAt = Date.now();
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
    if (type === MSG_AWARENESS) return this.onAwareness(decoding.readVarUint8Array(d));
    if (!this.spend('frames')) return;
    if (type === MSG_SYNC) {
      const sub = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (sub === SYNC_STEP1) {
        if (!this.spend('handshake')) return;
        const sv = payload;
        Y.decodeStateVector(sv); // validate before waiting
        this.answerStep1(sv);
      } else if (sub === SYNC_STEP2 || sub === SYNC_UPDATE) {
        this.applyUpdate(payload);
      } else {
        throw new Error('unknown sync message');
      }
    } else if (type === MSG_QUERY_AWARENESS) {
      if (!this.spend('handshake')) return;
      this.send(this.room.presence.everyone() ?? awarenessMessage(new Uint8Array([0])));
    } else {
      throw new Error('unknown message type');
    }
  }

  /**
   * Answer only with committed state: nothing a SIGKILL could lose reaches anyone. While the store
   * fails, the answer waits for it to come back (the socket stays open meanwhile). An update applied
   * after the awaited commit (a later frame in the same chunk) is not stored yet, so wait again.
   */
  private answerStep1(sv: Uint8Array): void {
    void this.room.whenDurable().then(() => {
      if (this.closed) return;
      if (this.room.uncommitted) return this.answerStep1(sv);
      this.send(syncStep2(this.room.doc, sv));
    });
  }

  /** Presence: own entries are rewritten and relayed (and budgeted); pure echoes are dropped on a looser budget. */
  private onAwareness(update: Uint8Array): void {
    const user = { id: this.principal.attendeeId ?? this.principal.userId ?? '', name: this.principal.name, role: this.principal.role };
    const presence = this.room.presence;
    const clean = filterAwarenessUpdate(update, {
      own: this.awarenessIds,
      ownedElsewhere: (id) => presence.ownedElsewhere(id, this),
      claim: (id) => presence.claim(id, this),
    }, user);
    if (!this.spend(clean ? 'presence' : 'echo') || !clean) return;
    presence.apply(clean, this);
  }

  private applyUpdate(update: Uint8Array): void {
    if (this.readOnly) {
      // A read-only client's step 2 is empty; anything that would change the document is refused.
      if (!changesDocument(this.room.doc, update)) return;
      this.events.violation('write_attempt', this.principal, this.room.name);
      return this.close(CLOSE.readOnly, 'this connection is read-only');
    }
    if (this.room.unsavedBytes > MAX_UNSAVED_BYTES) return this.close(CLOSE.cannotSave, 'the server cannot save right now');
    // Decode fully before applying: Yjs can throw half-way through a malformed update.
    Y.decodeUpdate(update);
    // applyUpdate runs one transaction synchronously, so this listener sees exactly this update's changes.
    const edits: EditSummary[] = [];
    const listen = (tr: Y.Transaction) => {
      if (tr.origin === this) edits.push(...describeEdits(tr, this.room.doc));
    };
    this.room.doc.on('afterTransaction', listen);
    try {
      Y.applyUpdate(this.room.doc, update, this);
    } finally {
      this.room.doc.off('afterTransaction', listen);
    }
    if (edits.length) this.events.edited(edits, this.principal, this.room.name);
  }
}
