import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Store } from '../../store/types.ts';
import type { Sessions } from '../../auth/sessions.ts';
import type { Audit } from '../../audit.ts';
import { sessionCookie } from '../../auth/sessions.ts';
import { tokenHash } from '../../auth/secrets.ts';
import { joinSchema } from '../../../shared/schema/conference.ts';
import { HttpError } from '../errors.ts';
import { AttemptLimiter } from '../attemptLimiter.ts';

/** One answer for a wrong, revoked or expired token, so a guesser learns nothing. */
const INVALID = () => new HttpError(401, 'invite_invalid', 'This invite link has expired or been withdrawn. Ask the chair for a new one.');

export function joinRoutes(app: FastifyInstance, deps: { config: Config; store: Store; sessions: Sessions; audit: Audit }): void {
  const { config, store, sessions, audit } = deps;
  // Tokens carry 256 bits, so guessing is hopeless; the limit keeps the server and logs calm.
  const perAddress = new AttemptLimiter(30, 15 * 60_000);

  app.post('/api/join', async (req, reply) => {
    const wait = perAddress.retryAfter([req.ip]);
    if (wait > 0) {
      reply.header('Retry-After', String(wait));
      throw new HttpError(429, 'too_many_attempts', `Too many attempts. Try again in ${Math.ceil(wait / 60)} minutes.`);
    }
    const body = joinSchema.safeParse(req.body);
    const a = body.success ? await store.attendeeByTokenHash(tokenHash(body.data.token)) : null;
    const conf = a ? await store.conference(a.conferenceId) : null;
    if (!a || !conf || a.revokedAt || !a.tokenExpiresAt || Date.parse(a.tokenExpiresAt) <= Date.now() || conf.status !== 'open') {
      perAddress.fail([req.ip]);
      await audit.record({ actor: a?.id ?? 'unknown', role: a?.role ?? 'none', conferenceId: a?.conferenceId ?? null, action: 'join_failed' });
      throw INVALID();
    }
    if (!a.redeemedAt) await store.updateAttendee(a.id, { redeemedAt: new Date().toISOString() });
    const { token, maxAgeSeconds } = await sessions.create({ kind: 'attendee', userId: null, attendeeId: a.id, conferenceId: a.conferenceId, role: a.role });
    await audit.record({ actor: a.id, role: a.role, conferenceId: a.conferenceId, action: 'join' });
    reply.header('Set-Cookie', sessionCookie(config, token, maxAgeSeconds));
    return { conferenceId: a.conferenceId, attendee: { id: a.id, name: a.name, role: a.role, agency: a.agency } };
  });
}
