import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Store } from '../../store/types.ts';
import type { Sessions } from '../../auth/sessions.ts';
import type { Audit } from '../../audit.ts';
import { sessionCookie } from '../../auth/sessions.ts';
import { tokenHash } from '../../auth/secrets.ts';
import { deviceOf } from '../../auth/device.ts';
import { joinSchema } from '../../../shared/schema/conference.ts';
import { newId } from '../../../shared/schema/ids.ts';
import { HttpError, tooManyAttempts } from '../errors.ts';
import { msg } from '../../../shared/i18n/messages.ts';
import { localLimits, type Limits } from '../limits.ts';

/** One answer for a wrong, revoked or expired token, so a guesser learns nothing. */
const INVALID = () => new HttpError(401, 'invite_invalid', msg('errors.invite.invalid'));

/** A forwarded link must not be able to fill the chair's lobby: this many waiting devices per invite. */
export const MAX_WAITING_PER_INVITE = 3;

export function joinRoutes(app: FastifyInstance, deps: { config: Config; store: Store; sessions: Sessions; audit: Audit; limits?: Limits }): void {
  const { config, store, sessions, audit } = deps;
  // Tokens carry 256 bits, so guessing is hopeless; the limit keeps the server and logs calm.
  const perAddress = (deps.limits ?? localLimits).attempts('join-address', 30, 15 * 60_000);

  app.post('/api/join', async (req, reply) => {
    // LM1 — Counted before the token is looked up, so a burst cannot slip past the limit; withdrawn on success.
    const at = Date.now();
    const wait = await perAddress.attempt([req.ip], at);
    if (wait > 0) {
      reply.header('Retry-After', String(wait));
      throw tooManyAttempts(wait);
    }
    const body = joinSchema.safeParse(req.body);
    const a = body.success ? await store.attendeeByTokenHash(tokenHash(body.data.token)) : null;
    const conf = a ? await store.conference(a.conferenceId) : null;
    if (!a || !conf || a.revokedAt || !a.tokenExpiresAt || Date.parse(a.tokenExpiresAt) <= Date.now() || conf.status !== 'open') {
      await audit.record({ actor: a?.id ?? 'unknown', role: a?.role ?? 'none', conferenceId: a?.conferenceId ?? null, action: 'join_failed' });
      throw INVALID();
    }
    await perAddress.withdraw([req.ip], at);
    const device = deviceOf(config, req.cookies);
    const who = { kind: 'attendee' as const, userId: null, attendeeId: a.id, conferenceId: a.conferenceId, role: a.role };
    // The session cookie goes first: simple clients that keep one cookie keep the one that matters.
    const cookies = (session: string) => (device.setCookie ? [session, device.setCookie] : [session]);

    if (await store.bindDevice(a.id, device.hash)) {
      if (!a.redeemedAt) await store.updateAttendee(a.id, { redeemedAt: new Date().toISOString() });
      const { token, maxAgeSeconds } = await sessions.create(who);
      await audit.record({ actor: a.id, role: a.role, conferenceId: a.conferenceId, action: 'join', detail: a.deviceHash ? 'bound_device' : 'first_device' });
      reply.header('Set-Cookie', cookies(sessionCookie(config, token, maxAgeSeconds)));
      return { conferenceId: a.conferenceId, attendee: { id: a.id, name: a.name, role: a.role, agency: a.agency } };
    }

    // LB1 — Another device: a pending session that can only wait for the chair's answer.
    if ((await store.countWaiting(a.id)) >= MAX_WAITING_PER_INVITE) {
      await audit.record({ actor: a.id, role: a.role, conferenceId: a.conferenceId, action: 'denied', detail: 'lobby_full' });
      throw new HttpError(429, 'lobby_full', msg('errors.invite.lobbyFull'));
    }
    const lobbyId = newId(16);
    const { token, idHash, maxAgeSeconds } = await sessions.create({ ...who, lobbyId });
    await store.createLobbyEntry({
      id: lobbyId, conferenceId: a.conferenceId, attendeeId: a.id, sessionHash: idHash, status: 'waiting',
      createdAt: new Date().toISOString(), decidedAt: null, decidedBy: null,
    });
    await audit.record({ actor: a.id, role: a.role, conferenceId: a.conferenceId, action: 'lobby_waiting', detail: lobbyId });
    reply.header('Set-Cookie', cookies(sessionCookie(config, token, maxAgeSeconds)));
    return reply.status(202).send({ status: 'waiting', lobbyId });
  });
}
