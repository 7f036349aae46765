import type { Config } from '../config.ts';
import type { SessionRow, Store } from '../store/types.ts';
import type { Role } from '../../shared/schema/roles.ts';
import fastifyCookie from '@fastify/cookie';
import { randomToken, tokenHash } from './secrets.ts';

/** Who is asking: resolved from the session cookie on every request and WebSocket upgrade. */
export interface Principal {
  sessionHash: string;
  kind: 'staff' | 'attendee';
  role: Role;
  userId: string | null;
  attendeeId: string | null;
  /** For attendee sessions, the only conference they may reach. */
  conferenceId: string | null;
  name: string;
}

/** A session waiting in the lobby (LB3): it can poll `GET /api/lobby` and nothing else. */
export interface PendingPrincipal {
  sessionHash: string;
  lobbyId: string;
  attendeeId: string;
  conferenceId: string;
}

export type Resolved = { principal: Principal; pending: null } | { principal: null; pending: PendingPrincipal };

export function cookieName(config: Config): string {
  // The __Host- prefix makes the browser refuse the cookie unless Secure, host-only and Path=/.
  return config.tls ? '__Host-cr_session' : 'cr_session';
}

/** One cookie from a Cookie header, by the same maintained parser the HTTP routes use (a malformed value stays text). */
export function readCookie(header: string | undefined, name: string): string | null {
  return header ? (fastifyCookie.parse(header)[name] ?? null) : null;
}

/** httpOnly, SameSite=Strict, Path=/, and Secure behind TLS: the attributes every cookie of ours has. */
export function cookieHeader(config: Config, name: string, value: string, maxAgeSeconds: number): string {
  const attrs = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (config.tls) attrs.push('Secure');
  return attrs.join('; ');
}

export function sessionCookie(config: Config, value: string, maxAgeSeconds: number): string {
  return cookieHeader(config, cookieName(config), value, maxAgeSeconds);
}

export function clearedCookie(config: Config): string {
  return sessionCookie(config, '', 0);
}

/** Sessions: idle timeout and absolute lifetime per kind (documented in docs/security.md). */
export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly config: Config,
  ) {}

  async create(p: Omit<SessionRow, 'idHash' | 'createdAt' | 'lastSeenAt' | 'expiresAt' | 'lobbyId'> & { lobbyId?: string }): Promise<{ token: string; idHash: string; maxAgeSeconds: number }> {
    const token = randomToken();
    const now = Date.now();
    const limits = this.config.sessions[p.kind];
    const idHash = tokenHash(token);
    await this.store.createSession({
      ...p,
      lobbyId: p.lobbyId ?? null,
      idHash,
      createdAt: new Date(now).toISOString(),
      lastSeenAt: new Date(now).toISOString(),
      expiresAt: new Date(now + limits.maxMs).toISOString(),
    });
    return { token, idHash, maxAgeSeconds: Math.floor(limits.maxMs / 1000) };
  }

  /** The principal for a cookie value, or null when missing, expired, idle, revoked or still in the lobby. */
  async resolve(token: string | null): Promise<Principal | null> {
    return (await this.resolveAny(token))?.principal ?? null;
  }

  /** Like `resolve`, but a lobby session comes back as `pending` instead of null. */
  async resolveAny(token: string | null): Promise<Resolved | null> {
    if (!token || token.length > 100) return null;
    return this.resolveHash(tokenHash(token));
  }

  /** The same from the stored hash a socket keeps (its session may have ended since it opened). */
  async resolveHash(idHash: string): Promise<Resolved | null> {
    const s = await this.store.sessionByHash(idHash);
    if (!s) return null;
    const now = Date.now();
    const limits = this.config.sessions[s.kind];
    if (Date.parse(s.expiresAt) <= now || Date.parse(s.lastSeenAt) + limits.idleMs <= now) {
      await this.store.deleteSession(idHash);
      return null;
    }
    if (s.lobbyId) {
      // A pending session is never a principal: every route and the sync upgrade see "no session".
      if (!s.attendeeId || !s.conferenceId) return null;
      return { principal: null, pending: { sessionHash: idHash, lobbyId: s.lobbyId, attendeeId: s.attendeeId, conferenceId: s.conferenceId } };
    }
    let name = '';
    if (s.kind === 'staff' && s.userId) {
      const u = await this.store.userById(s.userId);
      if (!u) return null;
      name = u.name;
    } else if (s.attendeeId) {
      const a = await this.store.attendee(s.attendeeId);
      if (!a || a.revokedAt) return null;
      name = a.name;
    }
    // Touch at most once a minute: the idle clock needs minutes, not every request.
    // A store that cannot write must not turn every read into an error (SF2): the idle clock is coarse anyway.
    if (now - Date.parse(s.lastSeenAt) > 60_000) await this.store.touchSession(idHash, new Date(now).toISOString()).catch(() => undefined);
    return { principal: { sessionHash: idHash, kind: s.kind, role: s.role, userId: s.userId, attendeeId: s.attendeeId, conferenceId: s.conferenceId, name }, pending: null };
  }

  async end(sessionHash: string): Promise<void> {
    await this.store.deleteSession(sessionHash);
  }
}
