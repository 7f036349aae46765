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
import { SHARED_FRAME_MAX_BYTES, sharedFrame, type RawSocket } from './frame.ts';
import type { SocketIntents } from '../intents/socket.ts';
import { MSG_INTENT } from '../../shared/schema/intentFrames.ts';
import { parseRoomName } from '../../shared/schema/docLayout.ts';

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

/** BP1 — The send backlog one socket may hold (config SOCKET_QUEUE_MAX_BYTES / _SECONDS). */
export interface QueueLimits {
  maxBytes: number;
  maxAgeMs: number;
}

/** A backlog at or under this is "draining": a reader that keeps up dips here between messages. */
const LOW_WATER_BYTES = 64 * 1024;

export interface ConnectionEvents {
  /** A read-only connection tried to write, or a client sent garbage: logged and audited, no content. */
  violation(kind: 'write_attempt' | 'malformed' | 'too_large' | 'rate_limited', p: Principal, room: string): void;
  /** A writer changed the structure of a document (AU5): audited by id, never content. */
  edited(edits: readonly EditSummary[], p: Principal, room: string): void;
  /** BP1 — A socket was cut off because it stopped reading (backlog too big or too old) or answering pings. */
  cutOff(reason: 'backlog_bytes' | 'backlog_age' | 'no_pong', p: Principal, room: string): void;
}

/** One socket in one room: decodes frames, enforces read-only, rewrites presence, answers sync. */
export class Connection implements RoomPeer {
  readonly awarenessIds = new Set<number>();
  readonly sessionKey: string;
  private readonly budgets = connectionBudgets();
  private closed = false;
  /** When a frame or pong last arrived: the session sweep counts it as activity. */
  lastSeenAt = Date.now();
  /** BP2 — When a ping was last answered: only this counts as life, since a peer that does not read still sends. */
  private lastPongAt = Date.now();
  /** When the send backlog last rose above the low-water mark without draining below it since. */
  private backlogSince: number | null = null;

  constructor(
    readonly ws: WebSocket,
    readonly room: Room,
    readonly principal: Principal,
    readonly readOnly: boolean,
    private readonly events: ConnectionEvents,
    private readonly queue: QueueLimits,
    /** The socket ws reads and writes, for relays framed once (frame.ts); absent in the in-memory harness. */
    private readonly raw: RawSocket | null = null,
    /** IN10 — Answers intents sent over this socket; without it such a frame is malformed. */
    private readonly intents: SocketIntents | null = null,
  ) {
    this.sessionKey = principal.sessionHash;
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    ws.on('pong', () => { this.lastSeenAt = this.lastPongAt = Date.now(); });
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
    if (this.notReading(Date.now())) return;
    // No callback on the socket write: a failed write is a socket error, on which ws closes the
    // WebSocket, and its 'close' closes this connection (a callback per write cost a tick each).
    if (this.raw?.writable && message.byteLength <= SHARED_FRAME_MAX_BYTES) this.raw.write(sharedFrame(message));
    else this.ws.send(message, this.sent);
  }

  /** One callback for every ws send (not a closure per message): a failed send closes the socket. */
  private readonly sent = (err?: Error | null): void => {
    if (err) this.close(CLOSE.serverError, 'send failed');
  };

  /**
   * BP1 — A peer that does not read makes the server hold everything sent to it. Past the byte cap,
   * or with a backlog that has not drained for the allowed time, it is cut off at once (terminated:
   * a closing frame would only wait behind the backlog). Healthy readers are never slowed by it.
   */
  private notReading(now: number): boolean {
    const queued = this.ws.bufferedAmount;
    if (queued <= LOW_WATER_BYTES) {
      this.backlogSince = null;
      return false;
    }
    this.backlogSince ??= now;
    const reason = queued > this.queue.maxBytes ? 'backlog_bytes' : now - this.backlogSince > this.queue.maxAgeMs ? 'backlog_age' : null;
    if (!reason) return false;
    this.cutOff(reason);
    return true;
  }

  private cutOff(reason: 'backlog_bytes' | 'backlog_age' | 'no_pong'): void {
    this.events.cutOff(reason, this.principal, this.room.name);
    this.close(CLOSE.serverError, reason === 'no_pong' ? 'no heartbeat' : 'not reading');
    this.ws.terminate();
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

  /**
   * Ping a live peer; report false for one cut off: it has not answered a ping since `staleBefore`
   * (BP2 — frames it sends do not count), or its send backlog is too big or too old (BP1).
   */
  heartbeat(staleBefore: number, now = Date.now()): boolean {
    if (this.closed) return false;
    if (this.lastPongAt < staleBefore) {
      this.cutOff('no_pong');
      return false;
    }
    if (this.notReading(now)) return false;
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
    } else if (type === MSG_INTENT && this.intents) {
      this.onIntent(this.intents, decoding.readVarString(d));
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

  /**
   * IN10 — An intent, checked and stored as over HTTP (server/intents/socket.ts), answered on this
   * socket once stored. Its effect on the document reaches this socket first, as a relay.
   */
  private onIntent(intents: SocketIntents, json: string): void {
    const conferenceId = parseRoomName(this.room.name)?.conferenceId;
    if (!conferenceId) throw new Error('not a conference room');
    void intents(this.principal, conferenceId, json).then((answer) => this.send(answer));
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
