import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../store/types.ts';
import { entryIn, type Audit } from '../../audit.ts';
import type { Conferences } from '../../services/conferences.ts';
import type { PresenceEntry } from '../../sync/upgrade.ts';
import { conferenceIdSchema } from '../../../shared/schema/conference.ts';
import { notFound } from '../errors.ts';
import { caseStaff, reachConference } from '../guards.ts';

export interface AttendeeRouteDeps {
  store: Store;
  audit: Audit;
  conferences: Conferences;
  /** Who has sockets open on this conference now (on every instance). */
  presence(conferenceId: string): PresenceEntry[] | Promise<PresenceEntry[]>;
  /** Close a removed attendee's sockets (code 4408). */
  onAttendeeRemoved(attendeeId: string): void;
}

const params = z.object({ id: conferenceIdSchema, attendeeId: z.string().regex(/^[a-z0-9]{16}$/) });

/** The chair's view of the room: who is connected, and removing someone. */
export function attendeeRoutes(app: FastifyInstance, deps: AttendeeRouteDeps): void {
  const { store, audit, conferences } = deps;

  app.get('/api/conferences/:id/presence', async (req) => {
    const p = caseStaff(req);
    const conf = await reachConference(req, p, conferences, store);
    return { present: await deps.presence(conf.id) };
  });

  /**
   * RM1 — Remove someone: their link is withdrawn (so it cannot simply be opened again), their
   * sessions end, waiting lobby entries go with them, and their sockets close with 4408. The chair
   * can send a fresh link if it was a mistake.
   */
  app.post('/api/conferences/:id/attendees/:attendeeId/remove', async (req) => {
    const p = caseStaff(req);
    const conf = await reachConference(req, p, conferences, store);
    const ids = params.safeParse(req.params);
    const a = ids.success ? await store.attendee(ids.data.attendeeId) : null;
    if (!a || a.conferenceId !== conf.id) throw notFound();
    // Sessions end before sockets close, so a reconnect cannot authenticate in between.
    await conferences.revoke(a);
    deps.onAttendeeRemoved(a.id);
    await audit.record(entryIn(conf.id, p, 'attendee_removed', a.id));
    return { removed: true, attendeeId: a.id };
  });
}
