import { F, docs } from '../schema/docLayout.ts';
import { fail, ok, type Result } from '../result.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { stepById } from '../rules/agenda.ts';

/** Move the room to a step of the agenda (chair). Everyone following "live" moves with it. */
export function setStep(d: ConferenceDocs, stepId: string, origin: unknown = LOCAL_ORIGIN): Result {
  if (!stepById(stepId)) return fail('That step is not part of the agenda');
  d.shared.transact(() => docs.meta(d.shared).set(F.step, stepId), origin);
  return ok(undefined);
}

/** Show or stop showing the meeting on the projector. */
export function setPresenting(d: ConferenceDocs, presenting: boolean, origin: unknown = LOCAL_ORIGIN): Result {
  d.shared.transact(() => docs.meta(d.shared).set(F.presenting, presenting), origin);
  return ok(undefined);
}

/**
 * Start or end a closed session: family devices pause on a neutral screen, and what is added
 * meanwhile defaults to professionals only (the add form reads `closedSession`).
 */
export function setClosedSession(d: ConferenceDocs, closed: boolean, origin: unknown = LOCAL_ORIGIN): Result {
  d.shared.transact(() => docs.meta(d.shared).set(F.closedSession, closed), origin);
  return ok(undefined);
}
