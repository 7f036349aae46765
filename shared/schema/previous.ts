import { z } from 'zod/mini';
import * as Y from 'yjs';
import { SCORER_GROUPS, SCALE_DIRECTIONS } from '../rules/scaleTerms.ts';
import { CONFERENCE_TYPES } from '../rules/conferenceKind.ts';
import { docs } from './docLayout.ts';

/**
 * RV1 — What a review knows of the conferences before it, written once by the server when the
 * review is made (never edited): the last conference's decision and board, and every earlier
 * revealed scaling round of the case (the trend). Plain JSON values in the `previous` root map.
 * The shared document's map holds only what the family already saw; the professional document's
 * `previous` holds the last conference's professionals-only board items, and nothing else.
 */

/** One person's revealed score at an earlier conference: exactly as revealed, never recomputed. */
export const trendScoreSchema = z.object({
  name: z.string(),
  role: z.string(),
  group: z.catch(z.enum(SCORER_GROUPS), 'professional'),
  score: z.number().check(z.int(), z.minimum(0), z.maximum(10)),
});
export type TrendScore = z.infer<typeof trendScoreSchema>;

/** The scaling round of one earlier conference of the case (its last revealed round). */
export const trendRoundSchema = z.object({
  conferenceId: z.string(),
  /** Local start, "2024-12-16T10:00". */
  startsAt: z.string(),
  type: z.catch(z.enum(CONFERENCE_TYPES), 'review'),
  question: z.catch(z.string(), ''),
  anchor0: z.catch(z.string(), ''),
  anchor10: z.catch(z.string(), ''),
  direction: z.catch(z.enum(SCALE_DIRECTIONS), 'higher_is_safer'),
  results: z.catch(z.array(trendScoreSchema), []),
});
export type TrendRound = z.infer<typeof trendRoundSchema>;

/** A board item of the last conference, shown as "last time" beside this one's. */
export const lastItemSchema = z.object({
  id: z.string(),
  section: z.string(),
  text: z.string(),
  source: z.catch(z.object({ name: z.string(), agency: z.string(), role: z.catch(z.optional(z.string()), undefined) }), { name: '', agency: '' }),
});
export type LastItem = z.infer<typeof lastItemSchema>;

export const previousDecisionSchema = z.object({
  perChild: z.catch(z.array(z.object({ childId: z.string(), outcome: z.string(), category: z.catch(z.nullable(z.string()), null) })), []),
  keyWorker: z.catch(z.string(), ''),
  coreGroup: z.catch(z.array(z.string()), []),
  recordedAt: z.catch(z.string(), ''),
});
export type PreviousDecision = z.infer<typeof previousDecisionSchema>;

/** The shared document's `previous` map, as the server writes it. */
export const previousSchema = z.object({
  conferenceId: z.string(),
  startsAt: z.string(),
  type: z.catch(z.enum(CONFERENCE_TYPES), 'initial'),
  /** The finalised version it was taken from; null when the last conference had none (its documents as they stood). */
  version: z.catch(z.nullable(z.number().check(z.int())), null),
  /** The last conference's recorded decision; null when it recorded none. */
  decision: z.catch(z.nullable(previousDecisionSchema), null),
  items: z.catch(z.array(lastItemSchema), []),
  trend: z.catch(z.array(trendRoundSchema), []),
});
export type PreviousRecord = z.infer<typeof previousSchema>;

/** What the interface reads: the last conference, its board items marked restricted where they came from the professional document. */
export interface PreviousConference extends Omit<PreviousRecord, 'items'> {
  items: readonly (LastItem & { restricted: boolean })[];
}

const ITEMS = 'items';

function itemsOf(map: Y.Map<unknown>): LastItem[] {
  const parsed = z.array(lastItemSchema).safeParse(map.get(ITEMS));
  return parsed.success ? parsed.data : [];
}

/** PR — The previous conference as this device may see it; null for a conference that carried nothing forward. */
export function readPrevious(shared: Y.Doc, professional: Y.Doc | null): PreviousConference | null {
  const parsed = previousSchema.safeParse(docs.previous(shared).toJSON());
  if (!parsed.success) return null;
  const restricted = professional ? itemsOf(docs.previous(professional)) : [];
  return {
    ...parsed.data,
    items: [...parsed.data.items.map((i) => ({ ...i, restricted: false })), ...restricted.map((i) => ({ ...i, restricted: true }))],
  };
}

/** RV1 — Write the `previous` maps once (the server, when it makes the review). */
export function writePrevious(shared: Y.Doc, professional: Y.Doc, record: PreviousRecord, restrictedItems: readonly LastItem[], origin: unknown): void {
  shared.transact(() => {
    const m = docs.previous(shared);
    for (const [k, v] of Object.entries(record)) m.set(k, v);
  }, origin);
  professional.transact(() => docs.previous(professional).set(ITEMS, restrictedItems), origin);
}
