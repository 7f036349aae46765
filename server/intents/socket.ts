import type { Principal, Sessions } from '../auth/sessions.ts';
import { spendWrite, type WriteBudget } from '../http/limits.ts';
import { entryBy } from '../audit.ts';
import { runIntent, type IntentDeps } from './run.ts';
import { HttpError, errorBody, refuseMalformedText, refusalBody, unauthenticated } from '../http/errors.ts';
import { reachConferenceById } from '../http/guards.ts';
import { StorageUnavailableError } from '../store/unavailable.ts';
import { intentAnswerFrame } from '../../shared/schema/intentFrames.ts';
import { msg } from '../../shared/i18n/messages.ts';

export interface SocketIntentDeps extends IntentDeps {
  sessions: Sessions;
  /** The HTTP routes' write budget per session: one budget, whichever way a write comes. */
  sessionWrites: WriteBudget;
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

/** An intent that came over a room's socket, to the answer frame for it (never throws). */
export type SocketIntents = (socketPrincipal: Principal, conferenceId: string, json: string) => Promise<Uint8Array>;

/**
 * IN10 — Intents over the room's socket (shared/schema/intentFrames.ts), answered exactly as
 * `POST /api/conferences/:id/intents` answers: the session read again as each request reads it,
 * the same write budget, the Unicode check, the conference reached, then the same `runIntent`.
 * Refusals are audited as the HTTP error handler audits them.
 */
export function socketIntents(deps: SocketIntentDeps): SocketIntents {
  return async (socketPrincipal, conferenceId, json) => {
    let id = '';
    let note = '';
    let p: Principal | null = null;
    try {
      let body: unknown;
      try {
        body = JSON.parse(json);
      } catch {
        throw new HttpError(400, 'bad_request', msg('errors.unreadable'));
      }
      const sentId = (body as { id?: unknown } | null)?.id;
      if (typeof sentId === 'string') id = sentId.slice(0, 100);
      // Ended, expired or revoked since the socket opened: no, as over HTTP.
      p = (await deps.sessions.resolveHash(socketPrincipal.sessionHash))?.principal ?? null;
      if (!p) throw unauthenticated();
      await spendWrite(deps.sessionWrites, p.sessionHash, deps.audit, p, 'socket intent');
      refuseMalformedText(body);
      const conf = await reachConferenceById(p, conferenceId, deps.conferences, deps.store);
      const answer = await runIntent(deps, p, conf, body, (type) => { note = type; });
      return intentAnswerFrame(id, 200, JSON.stringify(answer));
    } catch (err) {
      if (err instanceof HttpError) {
        // AU3 — Denied actions are audited by kind of request and intent type, never the body.
        if (err.denied && p) {
          await deps.audit.record(entryBy(p, 'denied', `SOCKET intent${note ? ` ${note}` : ''}`))
            .catch((e: Error) => deps.log.error({ err: e.message }, 'audit failed'));
        }
        return intentAnswerFrame(id, err.status, refusalBody(err));
      }
      if (err instanceof StorageUnavailableError) {
        deps.log.warn({ err: { name: err.name } }, 'storage unavailable');
        return intentAnswerFrame(id, 503, errorBody('storage_unavailable', msg('errors.storageUnavailable')));
      }
      // No request content: the name and message are enough to find the fault.
      deps.log.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'socket intent failed');
      return intentAnswerFrame(id, 500, errorBody('server_error', msg('errors.ourSide')));
    }
  };
}
