import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Reviews } from '../../services/reviews.ts';
import { conferenceIdSchema } from '../../../shared/schema/conference.ts';
import { notFound } from '../errors.ts';
import { caseStaff } from '../guards.ts';

const caseParams = z.object({ caseId: conferenceIdSchema });

/** CA2 — The case view: a case's conferences, oldest first, as this member of staff may see them. */
export function caseRoutes(app: FastifyInstance, deps: { reviews: Reviews }): void {
  app.get('/api/cases/:caseId', async (req) => {
    const p = caseStaff(req);
    const params = caseParams.safeParse(req.params);
    if (!params.success) throw notFound();
    const view = await deps.reviews.caseView(p, params.data.caseId);
    if (!view) throw notFound();
    return view;
  });
}
