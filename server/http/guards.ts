import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Principal } from '../auth/sessions.ts';
import type { ConferenceRow, Store } from '../store/types.ts';
import type { Conferences } from '../services/conferences.ts';
import { conferenceIdSchema } from '../../shared/schema/conference.ts';
import { isCaseStaff } from '../../shared/rules/permissions.ts';
import { HttpError, forbidden, notFound, notReachable } from './errors.ts';
import { msg } from '../../shared/i18n/messages.ts';
import { requirePrincipal } from './app.ts';

const idParams = z.object({ id: conferenceIdSchema }).passthrough();

/** PM3 — The chair or note taker (or the chair alone): anyone else gets a 403, which is audited. */
export function caseStaff(req: FastifyRequest, chairOnly = false): Principal {
  const p = requirePrincipal(req);
  if (p.kind !== 'staff' || !isCaseStaff(p.role) || (chairOnly && p.role !== 'chair')) throw forbidden();
  return p;
}

/**
 * CF2 — The conference in the path, if this principal may reach it. Otherwise a 404 (not 403, to
 * reveal nothing); when the conference exists the 404 is audited as a denied action.
 */
export async function reachConference(req: FastifyRequest, p: Principal, conferences: Conferences, store: Store): Promise<ConferenceRow> {
  const params = idParams.safeParse(req.params);
  if (!params.success) throw notFound();
  return reachConferenceById(p, params.data.id, conferences, store);
}

/** The same, for a conference named otherwise (the room of a socket). */
export async function reachConferenceById(p: Principal, id: string, conferences: Conferences, store: Store): Promise<ConferenceRow> {
  const row = await conferences.reachable(p, id);
  if (row) return row;
  throw (await store.conference(id)) ? notReachable() : notFound();
}

/** A finalised conference is a record: nothing about it changes any more. */
export function requireOpen(conf: ConferenceRow): void {
  if (conf.status !== 'open') throw new HttpError(409, 'conference_closed', msg('errors.conference.closedNoChanges'));
}
