import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Store } from '../../store/types.ts';
import type { Sessions } from '../../auth/sessions.ts';
import { entryBy, type Audit } from '../../audit.ts';
import { clearedCookie, sessionCookie } from '../../auth/sessions.ts';
import { dummyHash, verifyPassword } from '../../auth/secrets.ts';
import { loginSchema } from '../../../shared/schema/conference.ts';
import { HttpError, invalid, tooManyAttempts, unauthenticated } from '../errors.ts';
import { msg } from '../../../shared/i18n/messages.ts';
import { localLimits, type Limits } from '../limits.ts';
import { requirePrincipal } from '../app.ts';

export interface SessionRouteDeps {
  config: Config;
  store: Store;
  sessions: Sessions;
  audit: Audit;
  /** Called when a session ends, to close its sockets. */
  onSessionEnded(sessionHash: string): void;
  limits?: Limits;
}

export function sessionRoutes(app: FastifyInstance, deps: SessionRouteDeps): void {
  const { config, store, sessions, audit } = deps;
  // 10 failures per address and account in 15 minutes; 50 per address across accounts.
  const limits = deps.limits ?? localLimits;
  const perAccount = limits.attempts('login-account', 10, 15 * 60_000);
  const perAddress = limits.attempts('login-address', 50, 15 * 60_000);

  app.post('/api/session', async (req, reply) => {
    const body = loginSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    const { email, password } = body.data;
    const accountKey = `${req.ip}|${email}`;
    // LM1 — Counted before the password is checked: 40 attempts at once get 10 checks, not 40.
    const at = Date.now();
    // Each check counts the attempt in the same step (atomically in Redis with several instances);
    // an attempt the second limit refuses is taken back from the first.
    let wait = await perAccount.attempt([accountKey], at);
    if (wait === 0) {
      wait = await perAddress.attempt([req.ip], at);
      if (wait > 0) await perAccount.withdraw([accountKey], at);
    }
    if (wait > 0) {
      reply.header('Retry-After', String(wait));
      throw tooManyAttempts(wait);
    }
    const user = await store.userByEmail(email);
    // Verify against a dummy hash for unknown emails so the answer takes the same time. It is awaited
    // whichever the email: the first attempt after a start makes it, and takes as long for both.
    const dummy = await dummyHash();
    const good = await verifyPassword(user?.passwordHash ?? dummy, password);
    if (!user || !good) {
      await audit.record({ actor: user?.id ?? 'unknown', role: user?.role ?? 'none', action: 'login_failed' });
      throw new HttpError(401, 'bad_credentials', msg('errors.badCredentials'));
    }
    await perAccount.reset(accountKey);
    await perAddress.withdraw([req.ip], at);
    const { token, maxAgeSeconds } = await sessions.create({ kind: 'staff', userId: user.id, attendeeId: null, conferenceId: null, role: user.role });
    await audit.record({ actor: user.id, role: user.role, action: 'login' });
    reply.header('Set-Cookie', sessionCookie(config, token, maxAgeSeconds));
    return { kind: 'staff', user: { id: user.id, name: user.name, email: user.email, role: user.role } };
  });

  app.get('/api/session', async (req) => {
    const p = req.principal;
    if (!p) throw unauthenticated();
    if (p.kind === 'staff') {
      const user = await store.userById(p.userId ?? '');
      if (!user) throw unauthenticated();
      return { kind: 'staff', user: { id: user.id, name: user.name, email: user.email, role: user.role } };
    }
    const a = await store.attendee(p.attendeeId ?? '');
    if (!a) throw unauthenticated();
    return { kind: 'attendee', conferenceId: a.conferenceId, attendee: { id: a.id, name: a.name, role: a.role, agency: a.agency } };
  });

  app.delete('/api/session', async (req, reply) => {
    const p = requirePrincipal(req);
    await sessions.end(p.sessionHash);
    deps.onSessionEnded(p.sessionHash);
    await audit.record(entryBy(p, 'logout'));
    reply.header('Set-Cookie', clearedCookie(config));
    return reply.status(204).send();
  });
}
