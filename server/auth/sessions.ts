import type { Config } from '../config.ts';
import type { SessionRow, Store } from '../store/types.ts';
import type { Role } from '../../shared/schema/roles.ts';
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

export function cookieName(config: Config): string {
  // The __Host- prefix makes the browser refuse the cookie unless Secure, host-only and Path=/.
  return config.tls ? '__Host-cr_session' : 'cr_session';
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

export function sessionCookie(config: Config, value: string, maxAgeSeconds: number): string {
  const attrs = [`${cookieName(config)}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (config.tls) attrs.push('Secure');
  return attrs.join('; ');
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

  async create(p: Omit<SessionRow, 'idHash' | 'createdAt' | 'lastSeenAt' | 'expiresAt'>): Promise<{ token: string; maxAgeSeconds: number }> {
    const token = randomToken();
    const now = Date.now();
    const limits = this.config.sessions[p.kind];
    await this.store.createSession({
      ...p,
      idHash: tokenHash(token),
      createdAt: new Date(now).toISOString(),
      lastSeenAt: new Date(now).toISOString(),
      expiresAt: new Date(now + limits.maxMs).toISOString(),
    });
    return { token, maxAgeSeconds: Math.floor(limits.maxMs / 1000) };
  }

  /** The principal for a cookie value, or null when missing, expired, idle too long or revoked. */
  async resolve(token: string | null): Promise<Principal | null> {
    if (!token || token.length > 100) return null;
    const idHash = tokenHash(token);
    const s = await this.store.sessionByHash(idHash);
    if (!s) return null;
    const now = Date.now();
    const limits = this.config.sessions[s.kind];
    if (Date.parse(s.expiresAt) <= now || Date.parse(s.lastSeenAt) + limits.idleMs <= now) {
      await this.store.deleteSession(idHash);
      return null;
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
    if (now - Date.parse(s.lastSeenAt) > 60_000) await this.store.touchSession(idHash, new Date(now).toISOString());
    return { sessionHash: idHash, kind: s.kind, role: s.role, userId: s.userId, attendeeId: s.attendeeId, conferenceId: s.conferenceId, name };
  }

  async end(sessionHash: string): Promise<void> {
    await this.store.deleteSession(sessionHash);
  }
}
