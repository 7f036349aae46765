import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Store, ConferenceRow } from '../../store/types.ts';
import { entryIn, type Audit } from '../../audit.ts';
import type { Principal } from '../../auth/sessions.ts';
import type { Conferences } from '../../services/conferences.ts';
import { conferenceIdSchema } from '../../../shared/schema/conference.ts';
import { canAssignStaff, canBeAssigned, checkUnassign } from '../../../shared/rules/staffing.ts';
import { isCaseStaff } from '../../../shared/rules/permissions.ts';
import { forbidden, invalid, invalidField, notFound, refusal } from '../errors.ts';
import { msg } from '../../../shared/i18n/messages.ts';
import { requirePrincipal } from '../app.ts';
import { reachConference } from '../guards.ts';

export interface StaffRouteDeps {
  store: Store;
  audit: Audit;
  conferences: Conferences;
  /** Close a person's sockets on a conference they are no longer assigned to. */
  onStaffRemoved(conferenceId: string, userId: string): void;
}

const assignBody = z.object({ userId: z.string().min(1).max(64) }).strict();
const staffParams = z.object({ id: conferenceIdSchema, userId: z.string().min(1).max(64) });

/**
 * CS1–CS4 — Staff assigned to a conference: the creating chair, the note taker and any co-chair.
 * Only they reach the conference (guards.ts); a chair assigned to it, or an administrator, changes them.
 */
export function staffRoutes(app: FastifyInstance, deps: StaffRouteDeps): void {
  const { store, audit, conferences } = deps;

  /** The conference for a staff route: an administrator reaches any (without its case data), staff only their own. */
  async function conferenceFor(req: FastifyRequest, p: Principal): Promise<ConferenceRow> {
    if (p.kind !== 'staff' || !(isCaseStaff(p.role) || p.role === 'admin')) throw forbidden();
    if (p.role !== 'admin') return reachConference(req, p, conferences, store);
    const id = conferenceIdSchema.safeParse((req.params as { id?: unknown }).id);
    const row = id.success ? await store.conference(id.data) : null;
    if (!row) throw notFound();
    return row;
  }

  async function staffList(conferenceId: string) {
    const rows = await store.staffOf(conferenceId);
    const users = await Promise.all(rows.map((r) => store.userById(r.userId)));
    return users.flatMap((u) => (u ? [{ userId: u.id, name: u.name, role: u.role }] : []));
  }

  async function mayChange(p: Principal, conf: ConferenceRow): Promise<void> {
    const assigned = (await store.staffOf(conf.id)).some((s) => s.userId === p.userId);
    if (!canAssignStaff(p.role, assigned)) throw forbidden(msg('errors.staff.chairOrAdminOnly'));
  }

  /** Chairs and note takers who could be assigned (for the chair's and administrator's choice). */
  app.get('/api/staff', async (req) => {
    const p = requirePrincipal(req);
    if (p.kind !== 'staff' || (p.role !== 'chair' && p.role !== 'admin')) throw forbidden();
    const users = await store.listUsers();
    return { staff: users.filter((u) => canBeAssigned(u.role)).map((u) => ({ id: u.id, name: u.name, role: u.role })) };
  });

  app.get('/api/conferences/:id/staff', async (req) => {
    const conf = await conferenceFor(req, requirePrincipal(req));
    return { staff: await staffList(conf.id) };
  });

  app.post('/api/conferences/:id/staff', async (req) => {
    const p = requirePrincipal(req);
    const conf = await conferenceFor(req, p);
    await mayChange(p, conf);
    const body = assignBody.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    const user = await store.userById(body.data.userId);
    if (!user || !canBeAssigned(user.role)) throw invalidField('userId', msg('errors.staff.chooseChairOrNoteTaker'));
    await store.assignStaff({ conferenceId: conf.id, userId: user.id, assignedBy: p.userId ?? '', assignedAt: new Date().toISOString() });
    await audit.record(entryIn(conf.id, p, 'staff_assigned', user.id));
    return { staff: await staffList(conf.id) };
  });

  app.delete('/api/conferences/:id/staff/:userId', async (req) => {
    const p = requirePrincipal(req);
    const conf = await conferenceFor(req, p);
    await mayChange(p, conf);
    const params = staffParams.safeParse(req.params);
    if (!params.success) throw notFound();
    const check = checkUnassign(await staffList(conf.id), params.data.userId);
    if (!check.ok) throw refusal(409, 'conflict', check.reasons);
    await store.unassignStaff(conf.id, params.data.userId);
    deps.onStaffRemoved(conf.id, params.data.userId);
    await audit.record(entryIn(conf.id, p, 'staff_unassigned', params.data.userId));
    return { staff: await staffList(conf.id) };
  });

  /** CS2 — For the administrator: every conference by date, type, status and staff, with no case data. */
  app.get('/api/admin/conferences', async (req) => {
    const p = requirePrincipal(req);
    if (p.kind !== 'staff' || p.role !== 'admin') throw forbidden();
    const rows = await store.listConferences();
    return {
      conferences: await Promise.all(rows.map(async (c) => ({
        id: c.id, type: c.type, startsAt: c.startsAt, endsAt: c.endsAt, status: c.status, staff: await staffList(c.id),
      }))),
    };
  });
}
