import { F, docs } from '../schema/docLayout.ts';
import { fail, ok, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, SERVER_ORIGIN, type ConferenceDocs } from './docs.ts';
import type * as Y from 'yjs';
import type { ConferenceLanguage } from '../i18n/locale.ts';
import { stepById } from '../rules/agenda.ts';

/** Move the room to a step of the agenda (chair). Everyone following "live" moves with it. */
export function setStep(d: ConferenceDocs, stepId: string, origin: unknown = LOCAL_ORIGIN): Result {
  if (!stepById(stepId)) return fail(msg('commands.meeting.noSuchStep'));
  d.shared.transact(() => docs.meta(d.shared).set(F.step, stepId), origin);
  return ok(undefined);
}

/** PJ1: a projector never has more pages than this for one step; a request beyond is refused. */
export const MAX_PROJECTOR_PAGES = 200;

/**
 * PJ1 — Turn the projector to a page of a step. The chair writes it; every projector, whether the
 * chair's own window or a device with its own link, follows. Tied to the step, so moving the room
 * on starts the next step at its first page without a second write.
 */
export function setProjectorPage(d: ConferenceDocs, stepId: string, page: number, origin: unknown = LOCAL_ORIGIN): Result {
  if (!stepById(stepId)) return fail(msg('commands.meeting.noSuchStep'));
  if (!Number.isInteger(page) || page < 0 || page >= MAX_PROJECTOR_PAGES) return fail(msg('commands.meeting.noSuchPage'));
  d.shared.transact(() => docs.meta(d.shared).set(F.projectorPage, { step: stepId, page }), origin);
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

/** Server only: the conference's language, changed by the chair, so every open screen follows it at once. */
export function setConferenceLanguageInDoc(shared: Y.Doc, language: ConferenceLanguage, origin: unknown = SERVER_ORIGIN): void {
  shared.transact(() => docs.meta(shared).set(F.language, language), origin);
}
