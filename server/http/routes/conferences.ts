import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../store/types.ts';
import { entryIn, type Audit } from '../../audit.ts';
import type { Principal } from '../../auth/sessions.ts';
import { Conferences, attendeeToApi, conferenceToApi } from '../../services/conferences.ts';
import { attendanceSchema } from '../../../shared/schema/roles.ts';
import { attendeeInputSchema, childrenInputSchema, conferenceIdSchema, conferenceInputSchema, conferenceLanguageInputSchema, conferenceScheduleSchema, reviewInputSchema } from '../../../shared/schema/conference.ts';
import type { Reviews } from '../../services/reviews.ts';
import { canWriteDocuments, viewFor } from '../../../shared/rules/permissions.ts';
import { HttpError, invalid, notFound, notReachable } from '../errors.ts';
import { msg } from '../../../shared/i18n/messages.ts';
import { requirePrincipal } from '../app.ts';
import { caseStaff, reachConference, requireOpen } from '../guards.ts';

export interface ConferenceRouteDeps {
  store: Store;
  audit: Audit;
  conferences: Conferences;
  reviews: Reviews;
  /** Close the sockets of a removed attendee or of everyone in a closed conference. */
  onAttendeeRemoved(attendeeId: string): void;
  onConferenceClosed(conferenceId: string): void;
}

const inviteParams = z.object({ id: conferenceIdSchema, inviteId: z.string().regex(/^[a-z0-9]{16}$/) });
const attendeePatch = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  agency: z.string().trim().max(120).optional(),
  attendance: z.optional(attendanceSchema),
  languageNeeded: z.string().trim().max(60).optional(),
  interpreterBooked: z.boolean().optional(),
}).strict();

export function conferenceRoutes(app: FastifyInstance, deps: ConferenceRouteDeps): void {
  const { store, audit, conferences } = deps;
  const reach = (req: FastifyRequest, p: Principal) => reachConference(req, p, conferences, store);

  async function inviteOf(req: FastifyRequest, p: Principal) {
    const conf = await reach(req, p);
    const params = inviteParams.safeParse(req.params);
    if (!params.success) throw notFound();
    const a = await store.attendee(params.data.inviteId);
    if (!a || a.conferenceId !== conf.id) throw notFound();
    return { conf, a };
  }

  app.get('/api/conferences', async (req) => {
    const p = caseStaff(req);
    return { conferences: await conferences.list(p.userId ?? '') };
  });

  app.post('/api/conferences', async (req, reply) => {
    const p = caseStaff(req, true);
    // RV1 — A review made from the case's last conference carries it forward; the chair must be able to open that one.
    if (typeof req.body === 'object' && req.body !== null && 'previousConferenceId' in req.body) {
      const review = reviewInputSchema.safeParse(req.body);
      if (!review.success) throw invalid(review.error);
      const previous = await conferences.reachable(p, review.data.previousConferenceId);
      if (!previous) throw (await store.conference(review.data.previousConferenceId)) ? notReachable() : notFound();
      const created = await deps.reviews.create(p, previous, review.data);
      await audit.record(entryIn(created.conference.id, p, 'conference_created', `review_of ${previous.id} version ${created.carriedFrom.version ?? 'none'}`));
      for (const i of created.invites) await audit.record(entryIn(created.conference.id, p, 'invite_created', i.attendeeId));
      return reply.status(201).send(created);
    }
    const body = conferenceInputSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    const conference = conferenceToApi(await conferences.create(p, body.data));
    await audit.record(entryIn(conference.id, p, 'conference_created'));
    return reply.status(201).send({ conference });
  });

  app.get('/api/conferences/:id', async (req) => {
    const p = requirePrincipal(req);
    const row = await reach(req, p);
    const attendees = (await store.attendeesOf(row.id)).map(attendeeToApi);
    return {
      conference: conferenceToApi(row),
      // SD1: the setup page offers to change the date and place only while this holds.
      ...(p.kind === 'staff' ? { scheduleEditable: row.status === 'open' && !(await conferences.started(row.id)) } : {}),
      // Invite state is for the chair's eyes; attendees see who is invited, not link details.
      attendees: p.kind === 'staff' ? attendees : attendees.filter((a) => !a.revoked).map(({ id, name, role, agency, attendance }) => ({ id, name, role, agency, attendance })),
      // After the meeting ends the chair and note taker keep completing the record until they finalise it (FN1).
      me: { role: p.role, view: viewFor(p.role), canWrite: canWriteDocuments(p.role), attendeeId: p.attendeeId, name: p.name },
    };
  });

  /** SD1 — The chair changes the date, time, place or reference until the meeting starts; invite links follow. */
  app.patch('/api/conferences/:id', async (req) => {
    const p = caseStaff(req, true);
    const row = await reach(req, p);
    requireOpen(row);
    const body = conferenceScheduleSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    if (await conferences.started(row.id)) throw new HttpError(409, 'meeting_started', msg('errors.conference.scheduleStarted'));
    const next = await conferences.reschedule(row, body.data);
    await audit.record(entryIn(row.id, p, 'conference_rescheduled', `${next.startsAt} ${next.endsAt}`));
    return { conference: conferenceToApi(next) };
  });

  /** The chair sets the conference's language (English, Welsh or both) at any time while it is open. */
  app.put('/api/conferences/:id/language', async (req) => {
    const p = caseStaff(req, true);
    const row = await reach(req, p);
    requireOpen(row);
    const body = conferenceLanguageInputSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    await conferences.setLanguage(row, body.data.language);
    await audit.record(entryIn(row.id, p, 'conference_language_set', body.data.language));
    return { conference: conferenceToApi({ ...row, language: body.data.language }) };
  });

  /** RV2 — The chair adds or removes children until the meeting starts (a child kept keeps their id). */
  app.put('/api/conferences/:id/children', async (req) => {
    const p = caseStaff(req, true);
    const row = await reach(req, p);
    requireOpen(row);
    const body = childrenInputSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    if (await conferences.started(row.id)) throw new HttpError(409, 'meeting_started', msg('errors.conference.childrenStarted'));
    const next = await conferences.setChildren(row, body.data.children);
    if (!next) throw new HttpError(400, 'invalid', msg('errors.conference.childNotIn'));
    await audit.record(entryIn(row.id, p, 'conference_children_changed', `${body.data.children.length} children`));
    return { conference: conferenceToApi(next) };
  });

  /**
   * FN1 — Ending the meeting: attendee sessions end and their sockets close; invites stop working. The chair and
   * note taker reconnect and keep completing the record until they finalise it (FZ1).
   */
  app.post('/api/conferences/:id/close', async (req) => {
    const p = caseStaff(req, true);
    const row = await reach(req, p);
    if (row.status === 'closed') return { conference: conferenceToApi(row) };
    const at = new Date().toISOString();
    await store.setConferenceStatus(row.id, 'closed', at);
    await store.deleteSessionsFor({ conferenceId: row.id });
    deps.onConferenceClosed(row.id);
    await audit.record(entryIn(row.id, p, 'conference_closed', 'meeting_ended'));
    return { conference: conferenceToApi({ ...row, status: 'closed', finalisedAt: at }) };
  });

  app.post('/api/conferences/:id/invites', async (req, reply) => {
    const p = caseStaff(req);
    const conf = await reach(req, p);
    requireOpen(conf);
    const body = attendeeInputSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    const { attendee, token } = await conferences.addAttendee(conf, body.data);
    await audit.record(entryIn(conf.id, p, 'invite_created', attendee.id));
    return reply.status(201).send({ id: attendee.id, token, url: `/join#${token}`, attendee });
  });

  app.post('/api/conferences/:id/invites/:inviteId/reissue', async (req) => {
    const p = caseStaff(req);
    const { conf, a } = await inviteOf(req, p);
    requireOpen(conf);
    const token = await conferences.reissue(a, conf);
    deps.onAttendeeRemoved(a.id);
    await audit.record(entryIn(conf.id, p, 'invite_reissued', a.id));
    return { id: a.id, token, url: `/join#${token}` };
  });

  app.delete('/api/conferences/:id/invites/:inviteId', async (req, reply) => {
    const p = caseStaff(req);
    const { conf, a } = await inviteOf(req, p);
    await conferences.revoke(a);
    deps.onAttendeeRemoved(a.id);
    await audit.record(entryIn(conf.id, p, 'invite_revoked', a.id));
    return reply.status(204).send();
  });

  app.patch('/api/conferences/:id/attendees/:inviteId', async (req) => {
    const p = caseStaff(req);
    const { conf, a } = await inviteOf(req, p);
    requireOpen(conf);
    const body = attendeePatch.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    const next = await conferences.updateAttendee(a, body.data);
    await audit.record(entryIn(conf.id, p, 'attendee_updated', a.id));
    return { attendee: attendeeToApi(next) };
  });
}
