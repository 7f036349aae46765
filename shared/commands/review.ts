import * as Y from 'yjs';
import { collectionOf, newEntityMap, type RecordType } from '../schema/record.ts';
import { docs, isRecord } from '../schema/docLayout.ts';
import { PERSON } from '../schema/person.ts';
import { RELATIONSHIP } from '../schema/relationship.ts';
import { HOUSEHOLD } from '../schema/household.ts';
import { DETAIL } from '../schema/genogramDetail.ts';
import { NETWORK } from '../schema/networkMember.ts';
import { DANGER } from '../schema/danger.ts';
import { ACTION, progressInputSchema, type ProgressInput } from '../schema/action.ts';
import { CONTINGENCY } from '../schema/contingency.ts';
import { project } from '../schema/project.ts';
import { writePrevious, type LastItem, type PreviousRecord } from '../schema/previous.ts';
import { roundForTrend } from '../rules/trend.ts';
import type { ConferenceType } from '../schema/conference.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { SERVER_ORIGIN, type ConferenceDocs } from './docs.ts';
import { locateIn } from './restriction.ts';

/**
 * RV1 — The collections a review takes over from the last conference as its own, to be worked on:
 * the family tree and safety network, the danger statements and safety goals, the outline plan and
 * its contingency plan (what we do if things go wrong stands until the review changes it).
 * Each entity keeps its id and stays in the document it was in, so what was professionals only is
 * professionals only in the review, and nothing restricted is written to the new shared document.
 */
export const CARRIED: readonly RecordType[] = [PERSON, RELATIONSHIP, HOUSEHOLD, DETAIL, NETWORK, DANGER, ACTION, CONTINGENCY];

export interface CarrySource {
  shared: Y.Doc;
  professional: Y.Doc;
  conference: { id: string; startsAt: string; type: ConferenceType };
  /** The finalised version the documents come from; null when taken as they stood (no version yet). */
  version: number | null;
}

/**
 * Danger statements and actions are marked as carried (so a review is not "started" by them, SD1);
 * an action starts the review with no progress reported: progress is about the time since the last conference.
 */
function carriedValues(type: RecordType, json: Record<string, unknown>): Record<string, unknown> {
  if (type === ACTION) return { ...json, carried: true, progress: null, progressNote: '', progressBy: '', progressAt: '' };
  return type === DANGER ? { ...json, carried: true } : json;
}

function copyCollection(type: RecordType, from: Y.Doc, to: Y.Doc): string[] {
  const ids: string[] = [];
  const target = collectionOf(to, type);
  collectionOf(from, type).forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    target.set(id, newEntityMap(type, carriedValues(type, m.toJSON() as Record<string, unknown>)));
    ids.push(id);
  });
  return ids;
}

const lastItem = (i: { id: string; section: string; text: string; source: { name: string; agency: string; role?: string | undefined } }): LastItem =>
  ({ id: i.id, section: i.section, text: i.text, source: { name: i.source.name, agency: i.source.agency, ...(i.source.role ? { role: i.source.role } : {}) } });

/**
 * RV1 — Write what a new review carries forward from its last conference into the review's two
 * documents, with the server's origin: one transaction on each document, the professional one
 * first (so no shared entity's hidden link ever points at nothing). The last conference's board is
 * "last time" (its `previous` map), not the review's own board; its last revealed scaling round
 * joins the trend of the rounds before it.
 */
export function carryForward(from: CarrySource, to: { shared: Y.Doc; professional: Y.Doc }, origin: unknown = SERVER_ORIGIN): void {
  const model = project(from.shared, from.professional);
  const carriedIds = new Set<string>();
  to.professional.transact(() => {
    for (const type of CARRIED) for (const id of copyCollection(type, from.professional, to.professional)) carriedIds.add(id);
    const hidden = docs.hiddenLinks(to.professional);
    docs.hiddenLinks(from.professional).forEach((v, id) => {
      if (isRecord(v) && CARRIED.some((t) => collectionOf(from.shared, t).has(id))) hidden.set(id, JSON.parse(JSON.stringify(v)) as unknown);
    });
  }, origin);
  to.shared.transact(() => {
    for (const type of CARRIED) copyCollection(type, from.shared, to.shared);
  }, origin);

  const revealed = model.rounds.filter((r) => r.status === 'revealed').at(-1);
  const conf = { conferenceId: from.conference.id, startsAt: from.conference.startsAt, type: from.conference.type };
  const decision = model.decision.recorded;
  const record: PreviousRecord = {
    ...conf,
    version: from.version,
    decision: decision
      ? { perChild: decision.perChild.map((p) => ({ ...p })), keyWorker: decision.keyWorker, coreGroup: [...decision.coreGroup], recordedAt: decision.recordedAt }
      : null,
    items: model.items.filter((i) => !i.restricted).map(lastItem),
    trend: [...(model.previous?.trend ?? []), ...(revealed ? [roundForTrend(revealed, conf)] : [])],
  };
  writePrevious(to.shared, to.professional, record, model.items.filter((i) => i.restricted).map(lastItem), origin);
}

/** RV3 — Who reported progress, as the server stamps it from the session. */
export interface ProgressReporter {
  name: string;
  at: string;
}

/**
 * RV3 — Report progress on an action carried forward from the last conference, in whichever
 * document the action is (a professionals-only action's progress stays professionals only).
 * The server runs it for the chair or the key worker (`record_progress`).
 */
export function recordProgress(d: ConferenceDocs, actionId: string, input: ProgressInput, by: ProgressReporter, origin: unknown = SERVER_ORIGIN): Result {
  const parsed = progressInputSchema.safeParse(input);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const at = locateIn(d, ACTION, actionId);
  if (!at) return fail(msg('commands.plan.actionGone'));
  if (at.map.get('carried') !== true) return fail(msg('commands.review.notCarried'));
  at.doc.transact(() => {
    at.map.set('progress', parsed.data.progress);
    at.map.set('progressNote', parsed.data.note);
    at.map.set('progressBy', by.name);
    at.map.set('progressAt', by.at);
  }, origin);
  return ok(undefined);
}
