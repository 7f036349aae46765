import * as Y from 'yjs';
import { collectionOf } from './record.ts';
import { ITEM } from './item.ts';
import { ATTENDEE } from './attendee.ts';

export { newText, setText } from './text.ts';

/**
 * The module that knows the Yjs key strings of the conference documents — except the entity
 * collections of record types, whose collection and field keys live in their own file
 * (`item.ts`, `danger.ts`, `action.ts`, `contingency.ts`; see `record.ts`).
 *
 * Two documents per conference (see docs/document.md):
 * - the shared document (`<conferenceId>`), which everyone in the room may receive;
 * - the professional document (`<conferenceId>/professional`), which never leaves the server
 *   for family devices: restricted items, proposals and closed-session material.
 *
 * Entity collections are `Y.Map<id, Y.Map>` so that two people editing different fields of one
 * entity both win; order is a fractional-index string field, never array position.
 */

export const SCHEMA_VERSION = 4;

export type EntityMap = Y.Map<unknown>;
export type Collection = Y.Map<EntityMap>;

/** Root keys. Adding a key here is a schema change: add a migration and update docs/document.md. */
const ROOT = {
  meta: 'meta',
  /** Until schema version 2: `{contingency: Y.Text}`. Read only by migration 2. */
  plan: 'plan',
  scaling: 'scaling',
  views: 'views',
  decision: 'decision',
  proposals: 'proposals',
  hiddenLinks: 'hiddenLinks',
  childScales: 'childScales',
  previous: 'previous',
} as const;

/** Field keys within the entity maps. */
export const F = {
  schemaVersion: 'schemaVersion',
  step: 'step',
  presenting: 'presenting',
  projectorPage: 'projectorPage',
  closedSession: 'closedSession',
  /** The conference's language (en, cy, cy-en), written by the server when the chair changes it, so open screens follow at once. */
  language: 'language',
  status: 'status',
  text: 'text',
  section: 'section',
  order: 'order',
  /** Until schema version 2, `plan.contingency` (Y.Text); read only by migration 2. */
  contingency: 'contingency',
  name: 'name',
  role: 'role',
  agency: 'agency',
  attendance: 'attendance',
  languageNeeded: 'languageNeeded',
  interpreterBooked: 'interpreterBooked',
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
  person: 'person',
  relationship: 'relationship',
  proposedBy: 'proposedBy',
  at: 'at',
  currentRound: 'currentRound',
  family: 'family',
  category: 'category',
  reason: 'reason',
  onBehalf: 'onBehalf',
  recorded: 'recorded',
  history: 'history',
} as const;
export type FieldKey = (typeof F)[keyof typeof F];

export const docs = {
  meta: (doc: Y.Doc) => doc.getMap<unknown>(ROOT.meta),
  attendees: (doc: Y.Doc) => collectionOf(doc, ATTENDEE),
  items: (doc: Y.Doc) => collectionOf(doc, ITEM),
  plan: (doc: Y.Doc) => doc.getMap<unknown>(ROOT.plan),
  scaling: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.scaling),
  views: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.views),
  decision: (doc: Y.Doc) => doc.getMap<unknown>(ROOT.decision),
  proposals: (doc: Y.Doc) => doc.getMap<EntityMap>(ROOT.proposals),
  /**
   * Professional document only: links from a *shared* entity to restricted ones, which the shared
   * document must not hold. `Y.Map<entityId, {[linkField]: string[]}>` (docs/document.md, "Links").
   */
  hiddenLinks: (doc: Y.Doc) => doc.getMap<unknown>(ROOT.hiddenLinks),
  /** CV1: each child's own scale, `Y.Map<childId, {score, words, byName, byRole, onBehalf, at}>` (shared document). */
  childScales: (doc: Y.Doc) => doc.getMap<unknown>(ROOT.childScales),
  /** RV1: what a review carried forward that is history, not its own (written once by the server; `previous.ts`). */
  previous: (doc: Y.Doc) => doc.getMap<unknown>(ROOT.previous),
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
