import * as Y from 'yjs';
import { F, docs, getSubMap } from '../schema/docLayout.ts';
import { scaleDefinitionSchema, type ScaleDefinition } from '../rules/scaling.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import type { ScoreResult } from '../schema/project.ts';
import { LOCAL_ORIGIN, SERVER_ORIGIN } from './docs.ts';

function round(shared: Y.Doc, id: string): Y.Map<unknown> | null {
  const m = docs.scaling(shared).get(id);
  return m instanceof Y.Map ? m : null;
}

/** The status of a round, read the same way by the chair's screen and the server's checks. */
export function roundStatus(shared: Y.Doc, id: string): 'open' | 'closed' | 'revealed' | null {
  const s = round(shared, id)?.get(F.status);
  return s === 'open' || s === 'closed' || s === 'revealed' ? s : null;
}

/** SC6 — The chair opens a scaling round; the scale (question, what 0 and 10 mean, direction) is stored with it. */
export function openRound(shared: Y.Doc, scale: ScaleDefinition, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = scaleDefinitionSchema.safeParse(scale);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const current = docs.meta(shared).get(F.currentRound);
  if (typeof current === 'string' && roundStatus(shared, current) === 'open') return fail(msg('commands.scaling.closeOpenFirst'));
  shared.transact(() => {
    const m = new Y.Map<unknown>();
    m.set(F.question, parsed.data.question);
    m.set(F.anchor0, parsed.data.anchor0);
    m.set(F.anchor10, parsed.data.anchor10);
    m.set(F.direction, parsed.data.direction);
    m.set(F.escalateAtOrBelow, parsed.data.escalateAtOrBelow ?? null);
    m.set(F.status, 'open');
    m.set(F.openedAt, new Date().toISOString());
    m.set(F.scored, new Y.Map<unknown>());
    m.set(F.results, new Y.Map<unknown>());
    docs.scaling(shared).set(id, m);
    docs.meta(shared).set(F.currentRound, id);
  }, origin);
  return ok(id);
}

/** SC7 — Close scoring: nobody can change their score after this. Revealing is the server's job. */
export function closeRound(shared: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  const m = round(shared, id);
  if (!m) return fail(msg('commands.scaling.gone'));
  if (m.get(F.status) !== 'open') return fail(msg('commands.scaling.closed'));
  shared.transact(() => m.set(F.status, 'closed'), origin);
  return ok(undefined);
}

/** SC8 — Server only: note that someone has scored, without the score (the room sees who, not what). */
export function markScored(shared: Y.Doc, id: string, attendeeId: string, origin: unknown = SERVER_ORIGIN): void {
  const scored = round(shared, id) && getSubMap(round(shared, id)!, F.scored);
  if (scored && scored.get(attendeeId) !== true) shared.transact(() => scored.set(attendeeId, true), origin);
}

/** SC9 — Server only: publish every sealed score into the document in one transaction, and mark the round revealed. */
export function publishScores(shared: Y.Doc, id: string, scores: readonly ScoreResult[], origin: unknown = SERVER_ORIGIN): Result {
  const m = round(shared, id);
  const results = m && getSubMap(m, F.results);
  if (!m || !results) return fail(msg('commands.scaling.gone'));
  if (m.get(F.status) === 'revealed') return fail(msg('commands.scaling.alreadyShown'));
  shared.transact(() => {
    for (const s of scores) {
      results.set(s.attendeeId, { name: s.name, role: s.role, group: s.group, score: s.score, reason: s.reason, onBehalf: s.onBehalf });
    }
    m.set(F.status, 'revealed');
  }, origin);
  return ok(undefined);
}
