import { z } from 'zod';
import * as Y from 'yjs';
import { SCORER_GROUPS, SCALE_DIRECTIONS } from '../rules/scaling.ts';
import { conferenceTypeSchema } from './conference.ts';
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
  group: z.enum(SCORER_GROUPS).catch('professional'),
  score: z.number().int().min(0).max(10),
});
export type TrendScore = z.infer<typeof trendScoreSchema>;

/** The scaling round of one earlier conference of the case (its last revealed round). */
export const trendRoundSchema = z.object({
  conferenceId: z.string(),
  /** Local start, "2024-12-16T10:00". */
  startsAt: z.string(),
  type: conferenceTypeSchema.catch('review'),
  question: z.string().catch(''),
  anchor0: z.string().catch(''),
  anchor10: z.string().catch(''),
  direction: z.enum(SCALE_DIRECTIONS).catch('higher_is_safer'),
  results: z.array(trendScoreSchema).catch([]),
});
export type TrendRound = z.infer<typeof trendRoundSchema>;

/** A board item of the last conference, shown as "last time" beside this one's. */
export const lastItemSchema = z.object({
  id: z.string(),
  section: z.string(),
  text: z.string(),
  source: z.object({ name: z.string(), agency: z.string(), role: z.string().optional().catch(undefined) }).catch({ name: '', agency: '' }),
});
export type LastItem = z.infer<typeof lastItemSchema>;

export const previousDecisionSchema = z.object({
  perChild: z.array(z.object({ childId: z.string(), outcome: z.string(), category: z.string().nullable().catch(null) })).catch([]),
  keyWorker: z.string().catch(''),
  coreGroup: z.array(z.string()).catch([]),
  recordedAt: z.string().catch(''),
});
export type PreviousDecision = z.infer<typeof previousDecisionSchema>;

/** The shared document's `previous` map, as the server writes it. */
export const previousSchema = z.object({
  conferenceId: z.string(),
  startsAt: z.string(),
  type: conferenceTypeSchema.catch('initial'),
  /** The finalised version it was taken from; null when the last conference had none (its documents as they stood). */
  version: z.number().int().nullable().catch(null),
  /** The last conference's recorded decision; null when it recorded none. */
  decision: previousDecisionSchema.nullable().catch(null),
  items: z.array(lastItemSchema).catch([]),
  trend: z.array(trendRoundSchema).catch([]),
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
