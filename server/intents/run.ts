import type { ConferenceRow, Store } from '../store/types.ts';
import { actorOf, entryIn, type Audit, type AuditAction } from '../audit.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import type { Conferences } from '../services/conferences.ts';
import type { Principal } from '../auth/sessions.ts';
import { intentSchema, type Intent } from '../../shared/intents/index.ts';
import { applyIntent } from './apply.ts';
import { HttpError, invalid } from '../http/errors.ts';
import { msg } from '../../shared/i18n/messages.ts';
import { StorageUnavailableError } from '../store/unavailable.ts';
import { isCaseStaff } from '../../shared/rules/permissions.ts';

export interface IntentDeps {
  store: Store;
  audit: Audit;
  conferences: Conferences;
  registry: RoomRegistry;
}

export interface IntentAnswerBody {
  ok: true;
  id: string;
  result: unknown;
}

/** Intents with their own audit action; the rest are audited as `intent` with their type. */
const AUDITED_AS: Partial<Record<Intent['type'], AuditAction>> = { reveal_scores: 'scores_revealed', record_decision: 'decision_recorded', record_progress: 'progress_recorded' };

/**
 * One intent, however it came (HTTP or the room's socket), to a conference the sender reaches: the body checked,
 * applied once per sender and id, audited. Throws HttpError (a refusal, to answer as it is) or
 * StorageUnavailableError. `noted` learns the intent's type as soon as it is known, for the audit
 * of a refusal (the type only, never the content).
 */
export async function runIntent(deps: IntentDeps, p: Principal, conf: ConferenceRow, body: unknown, noted: (type: string) => void): Promise<IntentAnswerBody> {
  const { store, audit } = deps;
  // After the meeting only the chair and note taker act on the record (participants' sessions have ended).
  if (conf.status !== 'open' && !isCaseStaff(p.role)) throw new HttpError(409, 'conference_closed', msg('errors.conference.closed'));
  const parsed = intentSchema.safeParse(body);
  if (!parsed.success) throw invalid(parsed.error);
  const intent = parsed.data;
  noted(intent.type);
  // Idempotency per sender: the same client-made id from the same session answers the same.
  const key = `${actorOf(p)}:${intent.id}`;
  const previous = await store.intentAnswer(conf.id, key);
  if (previous) return JSON.parse(previous) as IntentAnswerBody;
  const action = AUDITED_AS[intent.type] ?? (intent.type === 'restrict_item' ? (intent.restricted ? 'item_restricted' : 'item_shared') : 'intent');
  const detail = intent.type === 'restrict_item' ? intent.itemId : intent.type === 'record_progress' ? `${intent.actionId} ${intent.progress}` : intent.type;
  const answer: IntentAnswerBody = { ok: true, id: intent.id, result: undefined };
  try {
    // SF1 — Acknowledged means stored: applyIntent returns only once the document update is
    // committed. The answer is kept only after that (and the audit entry), so a failure leaves
    // nothing behind and a resend applies the intent once the store is back.
    answer.result = await applyIntent({ store, registry: deps.registry }, p, conf, intent);
    await audit.record(entryIn(conf.id, p, action, detail));
    await store.saveIntentAnswer(conf.id, key, actorOf(p), JSON.stringify(answer));
  } catch (err) {
    // Refusals are the client's to read; anything else here is the store failing.
    if (err instanceof HttpError || err instanceof StorageUnavailableError) throw err;
    throw new StorageUnavailableError(err);
  }
  return answer;
}
