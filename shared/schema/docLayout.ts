import * as Y from 'yjs';

/**
 * The ONLY module that knows the Yjs key strings of the conference documents.
 *
 * Two documents per conference (see docs/document.md):
 * - the shared document (`<conferenceId>`), which everyone in the room may receive;
 * - the professional document (`<conferenceId>/professional`), which never leaves the server
 *   for family devices: restricted items, proposals and closed-session material.
 *
 * Entity collections are `Y.Map<id, Y.Map>` so that two people editing different fields of one
 * entity both win; order is a fractional-index string field, never array position.
 */

export const SCHEMA_VERSION = 1;

export type EntityMap = Y.Map<unknown>;
export type Collection = Y.Map<EntityMap>;

/** Root keys. Adding a key here is a schema change: add a migration and update docs/document.md. */
const ROOT = {
  meta: 'meta',
  attendees: 'attendees',
  items: 'items',
  dangers: 'dangers',
  actions: 'actions',
  plan: 'plan',
  scaling: 'scaling',
  views: 'views',
  decision: 'decision',
  proposals: 'proposals',
} as const;

/** Field keys within the entity maps. */
export const F = {
  schemaVersion: 'schemaVersion',
  step: 'step',
  presenting: 'presenting',
  closedSession: 'closedSession',
  status: 'status',
  text: 'text',
  section: 'section',
  source: 'source',
  details: 'details',
  addedAt: 'addedAt',
  addedBy: 'addedBy',
  order: 'order',
  statement: 'statement',
  goal: 'goal',
  what: 'what',
  who: 'who',
  by: 'by',
  howWeKnow: 'howWeKnow',
  links: 'links',
  contingency: 'contingency',
  name: 'name',
  role: 'role',
  agency: 'agency',
  attendance: 'attendance',
  question: 'question',
  anchor0: 'anchor0',
  anchor10: 'anchor10',
  direction: 'direction',
  escalateAtOrBelow: 'escalateAtOrBelow',
  openedAt: 'openedAt',
  scored: 'scored',
  results: 'results',
  perChild: 'perChild',
  rationale: 'rationale',
  dissent: 'dissent',
  keyWorker: 'keyWorker',
  coreGroup: 'coreGroup',
  dateOverrides: 'dateOverrides',
  decidedAt: 'decidedAt',
  kind: 'kind',
  action: 'action',
  proposedBy: 'proposedBy',
  at: 'at',
  currentRound: 'currentRound',
  family: 'family',
  category: 'category',
  reason: 'reason',
  onBehalf: 'onBehalf',
} as const;
export type FieldKey = (typeof F)[keyof typeof F];

export const docs = {
  meta: (doc: Y.Doc) => doc.getMap<unknown>(ROOT.meta),
  attendees: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.attendees),
  items: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.items),
  dangers: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.dangers),
  actions: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.actions),
  plan: (doc: Y.Doc) => doc.getMap<unknown>(ROOT.plan),
  scaling: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.scaling),
  views: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.views),
  decision: (doc: Y.Doc) => doc.getMap<unknown>(ROOT.decision),
  proposals: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.proposals),
};

/** Sync room names: the shared document has the conference id; the professional one a suffix. */
export const PROFESSIONAL_SUFFIX = '/professional';
export function roomNames(conferenceId: string): { shared: string; professional: string } {
  return { shared: conferenceId, professional: conferenceId + PROFESSIONAL_SUFFIX };
}

/** Parse a sync room name into its conference and document kind, or null when malformed. */
export function parseRoomName(room: string): { conferenceId: string; kind: 'shared' | 'professional' } | null {
  const m = /^([a-z0-9]{10,32})(\/professional)?$/.exec(room);
  if (!m?.[1]) return null;
  return { conferenceId: m[1], kind: m[2] ? 'professional' : 'shared' };
}

/** Read a plain field with a type guard; anything else (a CRDT merge, an old client) reads as the fallback. */
export function readField<T>(map: Y.Map<unknown>, key: FieldKey, guard: (v: unknown) => v is T, fallback: T): T {
  const v = map.get(key);
  return guard(v) ? v : fallback;
}

export function readText(map: Y.Map<unknown>, key: FieldKey): string {
  const v = map.get(key);
  if (v instanceof Y.Text) return v.toString();
  return typeof v === 'string' ? v : '';
}

export function getText(map: Y.Map<unknown>, key: FieldKey): Y.Text | null {
  const v = map.get(key);
  return v instanceof Y.Text ? v : null;
}

export function getSubMap(map: Y.Map<unknown>, key: FieldKey): Y.Map<unknown> | null {
  const v = map.get(key);
  return v instanceof Y.Map ? (v as Y.Map<unknown>) : null;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isNullableNumber = (v: unknown): v is number | null => v === null || isNumber(v);
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Y.AbstractType);

/**
 * Replace the contents of a Y.Text with `next`, touching only the changed middle, so that a
 * concurrent edit elsewhere in the same text survives.
 */
export function setText(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  if (endPrev > start) text.delete(start, endPrev - start);
  if (endNext > start) text.insert(start, next.slice(start, endNext));
}

/** A new Y.Text holding `value`, for a field of a new entity. */
export function newText(value: string): Y.Text {
  const t = new Y.Text();
  t.insert(0, value);
  return t;
}
