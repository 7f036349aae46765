import type { FastifyInstance } from 'fastify';
import type { IntentDeps } from '../../intents/run.ts';
import { runIntent } from '../../intents/run.ts';
import { requirePrincipal } from '../app.ts';
import { reachConference } from '../guards.ts';

/** IN4 — `POST /api/conferences/:id/intents`; the same intents come over the room's socket too (server/intents/socket.ts). */
export function intentRoutes(app: FastifyInstance, deps: IntentDeps): void {
  app.post('/api/conferences/:id/intents', async (req) => {
    const p = requirePrincipal(req);
    const conf = await reachConference(req, p, deps.conferences, deps.store);
    // A refusal is audited by the error handler with this note (the type only, never the content).
    return runIntent(deps, p, conf, req.body, (type) => { req.auditNote = type; });
  });
}
