import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../store/types.ts';
import type { Audit } from '../../audit.ts';
import type { RoomRegistry } from '../../sync/registry.ts';
import type { Conferences } from '../../services/conferences.ts';
import { intentSchema } from '../../../shared/intents/index.ts';
import { conferenceIdSchema } from '../../../shared/schema/conference.ts';
import { applyIntent } from '../../intents/apply.ts';
import { HttpError, invalid, notFound } from '../errors.ts';
import { requirePrincipal } from '../app.ts';

const params = z.object({ id: conferenceIdSchema });

export function intentRoutes(app: FastifyInstance, deps: { store: Store; audit: Audit; conferences: Conferences; registry: RoomRegistry }): void {
  const { store, audit, conferences } = deps;

  app.post('/api/conferences/:id/intents', async (req) => {
    const p = requirePrincipal(req);
    const id = params.safeParse(req.params);
    const conf = id.success ? await conferences.reachable(p, id.data.id) : null;
    if (!conf) throw notFound();
    if (conf.status !== 'open') throw new HttpError(409, 'conference_closed', 'This conference has closed.');
    const body = intentSchema.safeParse(req.body);
    if (!body.success) throw invalid(body.error);
    const intent = body.data;
    // Idempotency per sender: the same client-made id from the same session answers the same.
    const key = `${p.attendeeId ?? p.userId}:${intent.id}`;
    const previous = await store.intentAnswer(conf.id, key);
    if (previous) return JSON.parse(previous) as unknown;
    let result: unknown;
    try {
      result = await applyIntent({ store, registry: deps.registry }, p, conf, intent);
    } catch (err) {
      if (err instanceof HttpError && err.status === 403) {
        await audit.record({ actor: p.attendeeId ?? p.userId ?? '', role: p.role, conferenceId: conf.id, action: 'denied', detail: intent.type });
      }
      throw err;
    }
    const answer = { ok: true, id: intent.id, result };
    await store.saveIntentAnswer(conf.id, key, p.attendeeId ?? p.userId ?? '', JSON.stringify(answer));
    const action = intent.type === 'reveal_scores' ? 'scores_revealed' : 'intent';
    await audit.record({ actor: p.attendeeId ?? p.userId ?? '', role: p.role, conferenceId: conf.id, action, detail: intent.type });
    return answer;
  });
}
