import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Principal } from '../auth/sessions.ts';
import type { RoomRegistry } from './registry.ts';
import type { Room } from './room.ts';
import type { SharedSocketCap } from '../cluster/sharedLimits.ts';
import type { RawSocket } from './frame.ts';
import type { SocketIntents } from '../intents/socket.ts';
import { CLOSE, Connection, type ConnectionEvents, type QueueLimits } from './connection.ts';
import { parseRoomName } from '../../shared/schema/docLayout.ts';
import { canWriteDocuments, viewFor } from '../../shared/rules/permissions.ts';
import { errorBody } from '../http/errors.ts';
import { msg } from '../../shared/i18n/messages.ts';

/** Big enough for a long meeting's offline edits, far below ws's 100 MiB default. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
export const MAX_SOCKETS_PER_SESSION = 6;

/** One person (or device) connected to a conference, for the chair's presence list. */
export interface PresenceEntry {
  kind: 'staff' | 'attendee';
  attendeeId: string | null;
  userId: string | null;
  name: string;
  role: string;
  /** Open sockets across both documents (a professional normally has two per tab). */
  sockets: number;
  documents: ('shared' | 'professional')[];
}

export interface UpgradeDeps {
  registry: RoomRegistry;
  /** Session from the cookie, or null. */
  authenticate(req: IncomingMessage): Promise<Principal | null>;
  /** Whether the request's Origin header is our own origin. */
  originAllowed(req: IncomingMessage): boolean;
  /** The conference's status if the principal may open it, or null (attendees cannot reach an ended meeting). */
  reach(p: Principal, conferenceId: string): Promise<'open' | 'closed' | null>;
  events: ConnectionEvents;
  /** BP1 — The send backlog each socket may hold. */
  queue: QueueLimits;
  log: { warn(obj: object, msg: string): void };
  /** The socket cap across instances (server/cluster): null from `claim` means "not counted there, go by this instance". */
  socketCap?: SharedSocketCap | null;
  /** IN10 — Intents sent over a room's socket (server/intents/socket.ts). */
  intents?: SocketIntents;
}

const REFUSALS = {
  400: ['bad_request', msg('errors.badAddress')],
  401: ['no_session', msg('errors.noSession')],
  403: ['forbidden', msg('errors.forbidden')],
  404: ['not_found', msg('errors.notFound')],
  429: ['too_many_connections', msg('errors.tooManyConnections')],
  500: ['server_error', msg('errors.ourSide')],
  503: ['storage_unavailable', msg('errors.conferenceUnavailable')],
} as const;

/** An HTTP answer before the handshake, in the documented error shape (docs/api.md), then the socket closes. */
export function refuse(socket: Duplex, status: keyof typeof REFUSALS): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [code, message] = REFUSALS[status];
  const body = errorBody(code, message);
  socket.end(`HTTP/1.1 ${status} ${code}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** The room name in a `/sync/…` path, or null when the path is not one (including undecodable escapes). */
function roomOf(path: string): ReturnType<typeof parseRoomName> | 'malformed' {
  if (!path.startsWith('/sync/')) return null;
  try {
    return parseRoomName(decodeURIComponent(path.slice('/sync/'.length)));
  } catch {
    return 'malformed';
  }
}

/**
 * The WebSocket side of the pipeline: authenticate → authorise (view, read-only) → load → connect.
 * Everything is checked before the handshake completes, so a refused client gets an HTTP status
 * and not a single document byte; an unreachable room id allocates nothing.
 */
export class SyncServer {
  /** perMessageDeflate stays off: relays are written to the socket beside ws's own frames (frame.ts). */
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  private readonly connections = new Set<Connection>();

  constructor(private readonly deps: UpgradeDeps) {}

  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '').split('?')[0] ?? '';
    const parsed = roomOf(path);
    if (parsed === 'malformed') return refuse(socket, 400);
    if (!parsed) return refuse(socket, 404);
    if (!this.deps.originAllowed(req)) return refuse(socket, 403);
    // A store that cannot be read is not a bad session: 503, and the client retries without signing out.
    const principal = await this.deps.authenticate(req).catch(() => undefined);
    if (principal === undefined) return refuse(socket, 503);
    if (!principal) return refuse(socket, 401);
    const status = await this.deps.reach(principal, parsed.conferenceId);
    // CS1 — Not reachable (another conference, or staff not assigned): the same answer as for none at all.
    if (!status) return refuse(socket, 404);
    if (parsed.kind === 'professional' && viewFor(principal.role) !== 'professional') return refuse(socket, 403);
    if (this.socketsOf(principal.sessionHash) >= MAX_SOCKETS_PER_SESSION) return refuse(socket, 429);

    const name = parsed.kind === 'shared' ? parsed.conferenceId : `${parsed.conferenceId}/professional`;
    let room;
    try {
      room = await this.deps.registry.get(name);
    } catch {
      return refuse(socket, 503);
    }
    if (socket.destroyed) return this.deps.registry.releaseIfIdle(name, room);
    // Again after the awaits: parallel upgrades of one session must not slip past the cap together.
    if (this.socketsOf(principal.sessionHash) >= MAX_SOCKETS_PER_SESSION) {
      refuse(socket, 429);
      return this.deps.registry.releaseIfIdle(name, room);
    }
    const claimed = this.deps.socketCap ? await this.deps.socketCap.claim(principal.sessionHash) : null;
    if (claimed === false || socket.destroyed) {
      if (claimed === false) refuse(socket, 429);
      else if (claimed) this.deps.socketCap?.release(principal.sessionHash);
      return this.deps.registry.releaseIfIdle(name, room);
    }
    const release = () => { if (claimed) this.deps.socketCap?.release(principal.sessionHash); };
    this.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      // FN1 — Ending the meeting ends participants' sessions; the chair and note taker keep completing the record.
      const conn = this.attach(ws, room, principal, !canWriteDocuments(principal.role), socket);
      conn.ws.on('close', release);
    });
  }

  /**
   * Bind an accepted socket to its loaded room. The upgrade calls this once every check has passed;
   * the in-memory sync harness calls it with a socket whose delivery the test controls. `raw` is the
   * upgraded socket ws writes to: relays are framed once and written to it directly (frame.ts).
   */
  attach(ws: WebSocket, room: Room, principal: Principal, readOnly: boolean, raw: RawSocket | null = null): Connection {
    const conn = new Connection(ws, room, principal, readOnly, this.deps.events, this.deps.queue, raw, this.deps.intents ?? null);
    this.connections.add(conn);
    ws.on('close', () => {
      conn.close(1000, 'closed');
      this.connections.delete(conn);
      this.deps.registry.releaseIfIdle(room.name, room);
    });
    return conn;
  }

  /** Open sockets per session on this instance. */
  socketCounts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const c of this.connections) out.set(c.principal.sessionHash, (out.get(c.principal.sessionHash) ?? 0) + 1);
    return out;
  }

  private socketsOf(sessionHash: string): number {
    let n = 0;
    for (const c of this.connections) if (c.principal.sessionHash === sessionHash) n++;
    return n;
  }

  /** Close every socket matching `which` (a removed attendee, an ended session, a closed conference). */
  disconnect(which: (p: Principal, roomName: string) => boolean, code: number = CLOSE.sessionEnded, reason = 'session ended'): number {
    let n = 0;
    for (const c of [...this.connections]) {
      if (which(c.principal, c.room.name)) {
        c.close(code, reason);
        this.connections.delete(c);
        n++;
      }
    }
    return n;
  }

  /** RM2 — Who is connected to a conference now, one entry per person, from the live sockets. */
  presence(conferenceId: string): PresenceEntry[] {
    const byPerson = new Map<string, PresenceEntry>();
    for (const c of this.connections) {
      const parsed = parseRoomName(c.room.name);
      if (!parsed || parsed.conferenceId !== conferenceId || c.isClosed) continue;
      const p = c.principal;
      const key = p.attendeeId ?? `user:${p.userId}`;
      const e = byPerson.get(key) ?? { kind: p.kind, attendeeId: p.attendeeId, userId: p.userId, name: p.name, role: p.role, sockets: 0, documents: [] };
      e.sockets++;
      if (!e.documents.includes(parsed.kind)) e.documents.push(parsed.kind);
      byPerson.set(key, e);
    }
    return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Sessions with an open socket, and whether each has sent anything since `since` (activity for the idle clock). */
  sessions(since: number): Map<string, boolean> {
    const out = new Map<string, boolean>();
    for (const c of this.connections) {
      if (c.isClosed) continue;
      out.set(c.principal.sessionHash, (out.get(c.principal.sessionHash) ?? false) || c.lastSeenAt >= since);
    }
    return out;
  }

  /** Ping every socket; cut off those silent since `staleBefore` (a dead network holds a slot of the per-session cap otherwise). */
  heartbeat(staleBefore: number): number {
    let cut = 0;
    for (const c of [...this.connections]) {
      if (!c.heartbeat(staleBefore)) {
        this.connections.delete(c);
        cut++;
      }
    }
    return cut;
  }

  /** Room names with an open socket on this instance. */
  rooms(): string[] {
    return [...new Set([...this.connections].map((c) => c.room.name))];
  }

  get size(): number {
    return this.connections.size;
  }

  close(): void {
    this.disconnect(() => true, 1001, 'server shutting down');
    this.wss.close();
  }
}
