import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Store } from '../../store/types.ts';
import type { Sessions } from '../../auth/sessions.ts';
import { entryIn, type Audit } from '../../audit.ts';
import type { Conferences } from '../../services/conferences.ts';
import { clearedCookie, sessionCookie } from '../../auth/sessions.ts';
import { conferenceIdSchema } from '../../../shared/schema/conference.ts';
import { notFound, unauthenticated } from '../errors.ts';
import { caseStaff, reachConference, requireOpen } from '../guards.ts';

const decideParams = z.object({ id: conferenceIdSchema, lobbyId: z.string().regex(/^[a-z0-9]{16}$/), decision: z.enum(['admit', 'refuse']) });

export interface LobbyRouteDeps {
  config: Config;
  store: Store;
  sessions: Sessions;
  audit: Audit;
  conferences: Conferences;
}

/**
 * LB3 — The lobby: a device other than the one an invite is bound to waits here until the chair
 * or note taker admits or refuses it. The waiting device polls `GET /api/lobby`.
 */
export function lobbyRoutes(app: FastifyInstance, deps: LobbyRouteDeps): void {
  const { config, store, sessions, audit, conferences } = deps;

  app.get('/api/lobby', async (req, reply) => {
    if (req.principal?.kind === 'attendee') {
      return { status: 'admitted', conferenceId: req.principal.conferenceId, attendeeId: req.principal.attendeeId };
    }
    const w = req.pending;
    if (!w) throw unauthenticated();
    const entry = await store.lobbyEntry(w.lobbyId);
    if (entry?.status === 'waiting') return { status: 'waiting', lobbyId: entry.id };
    // Decided (or gone): the pending session is spent either way.
    await sessions.end(w.sessionHash);
    if (entry?.status === 'admitted') {
      // A new session id on admission: the waiting session never becomes privileged itself.
      const a = await store.attendee(w.attendeeId);
      if (a && !a.revokedAt) {
        const { token, maxAgeSeconds } = await sessions.create({ kind: 'attendee', userId: null, attendeeId: a.id, conferenceId: a.conferenceId, role: a.role });
        reply.header('Set-Cookie', sessionCookie(config, token, maxAgeSeconds));
        return { status: 'admitted', conferenceId: a.conferenceId, attendeeId: a.id };
      }
    }
    reply.header('Set-Cookie', clearedCookie(config));
    return { status: 'refused' };
  });

  app.get('/api/conferences/:id/lobby', async (req) => {
    const p = caseStaff(req);
    const conf = await reachConference(req, p, conferences, store);
    const waiting = await store.waitingLobby(conf.id);
    const attendees = new Map((await store.attendeesOf(conf.id)).map((a) => [a.id, a]));
    return {
      waiting: waiting.map((l) => {
        const a = attendees.get(l.attendeeId);
        return { lobbyId: l.id, attendeeId: l.attendeeId, name: a?.name ?? '', role: a?.role ?? null, since: l.createdAt };
      }),
    };
  });

  app.post('/api/conferences/:id/lobby/:lobbyId/:decision', async (req) => {
    const p = caseStaff(req);
    const conf = await reachConference(req, p, conferences, store);
    requireOpen(conf);
    const params = decideParams.safeParse(req.params);
    if (!params.success) throw notFound();
    const entry = await store.lobbyEntry(params.data.lobbyId);
    if (!entry || entry.conferenceId !== conf.id) throw notFound();
    const status = params.data.decision === 'admit' ? 'admitted' : 'refused';
    const decided = await store.decideLobby(entry.id, status, p.userId ?? '', new Date().toISOString());
    if (decided) {
      await audit.record(entryIn(conf.id, p, status === 'admitted' ? 'lobby_admitted' : 'lobby_refused', `${entry.id} ${entry.attendeeId}`));
    }
    const now = await store.lobbyEntry(entry.id);
    return { lobbyId: entry.id, status: now?.status ?? status };
  });
}
