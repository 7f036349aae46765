import * as Y from 'yjs';
import { z } from 'zod/mini';
import { isConferenceLanguage, type ConferenceLanguage } from '../i18n/locale.ts';
import { ATTENDEE, type AttendeeEntry } from './attendee.ts';
import { readCollection } from './record.ts';
import type { Proposal } from './board.ts';
import { ITEM, type Item } from './item.ts';
import { DANGER, type DangerStatement } from './danger.ts';
import { ACTION, actionFieldsSchema, type PlanAction } from './action.ts';
import { CONTINGENCY, type ContingencyEntry } from './contingency.ts';
import { readRestrictable } from './twins.ts';
import { proposedPersonSchema } from './person.ts';
import { proposedRelationshipSchema } from './relationship.ts';
import {
  F,
  SCHEMA_VERSION,
  docs,
  getSubMap,
  isBoolean,
  isNullableNumber,
  isNumber,
  isRecord,
  isString,
  readField,
  type EntityMap,
} from './docLayout.ts';
import { schemaVersionOf } from './migrations/index.ts';
import { readDecisionFields, readRecordedDecision } from './decisionRecord.ts';
import type { QuorumCheck } from '../rules/quorum.ts';
import type { ScorerGroup } from '../rules/scaling.ts';
import { projectGenogram, type Genogram } from './projectGenogram.ts';
import { readPrevious, type PreviousConference } from './previous.ts';

export type { AttendeeEntry };

export interface ScoreResult {
  attendeeId: string;
  name: string;
  role: string;
  group: ScorerGroup;
  score: number;
  reason: string;
  onBehalf: boolean;
}

export interface ScalingRound {
  id: string;
  question: string;
  anchor0: string;
  anchor10: string;
  direction: 'higher_is_safer' | 'higher_is_riskier';
  escalateAtOrBelow: number | null;
  status: 'open' | 'closed' | 'revealed';
  openedAt: string;
  /** Attendee ids who have scored: while sealed this is all anyone's device holds. */
  scored: readonly string[];
  results: readonly ScoreResult[];
}

/** CV1: a child's own score, and who entered it (the child, or someone on their behalf: CV2). */
export interface ChildScale {
  /** The child: one scale per child. */
  id: string;
  childId: string;
  score: number;
  words: string;
  byName: string;
  byRole: string;
  onBehalf: boolean;
  at: string;
}

export interface ViewEntry {
  /** The attendee whose view this is: one view per person. */
  id: string;
  name: string;
  role: string;
  family: boolean;
  /** DV5: the view for each child, with the category of harm for that child when a plan is wanted. */
  perChild: readonly { childId: string; view: string; category: string | null }[];
  reason: string;
  onBehalf: boolean;
  at: string;
}

/** The parts of the decision the chair writes; after recording, changes to them are a draft (DE6). */
export interface DecisionFields {
  /** `reason`: DC6, why a review ends the plan or changes its category for that child. */
  perChild: readonly { childId: string; outcome: string; category: string | null; reason?: string }[];
  rationale: string;
  dissent: readonly { by: string; text: string }[];
  keyWorker: string;
  coreGroup: readonly string[];
  dateOverrides: Readonly<Record<string, { date: string; reason: string }>>;
}

/** DE6: the decision as the server recorded it, with the quorum check of that moment (QU1). */
export interface RecordedDecision extends DecisionFields {
  recordedAt: string;
  quorum: QuorumCheck | null;
}

export interface DecisionRecord extends DecisionFields {
  /** When the decision was last recorded, or null before it is. */
  decidedAt: string | null;
  /** DE6: what the family and the projector are shown: the last recorded version. */
  recorded: RecordedDecision | null;
  /** DE6: every recorded version, oldest first (the last is `recorded`). */
  history: readonly RecordedDecision[];
}

/** The whole conference as the interface reads it: frozen, validated, sorted. */
export interface ConferenceModel {
  schemaVersion: number;
  /** The document was written by a newer version of the product: go read-only and ask for a reload. */
  tooNew: boolean;
  step: string;
  presenting: boolean;
  /** PJ1: the page of its step the chair has turned the projector to (0-based); another step starts at 0. */
  projectorPage: { step: string; page: number } | null;
  closedSession: boolean;
  /** The conference's language as last changed by the chair while screens were open; null until then (the conference's own is used). */
  language: ConferenceLanguage | null;
  attendees: readonly AttendeeEntry[];
  /** Restrictable collections (RS1): restricted entities only where the professional document is part of the model. */
  items: readonly Item[];
  dangers: readonly DangerStatement[];
  actions: readonly PlanAction[];
  contingency: readonly ContingencyEntry[];
  currentRoundId: string | null;
  rounds: readonly ScalingRound[];
  views: readonly ViewEntry[];
  decision: DecisionRecord;
  proposals: readonly Proposal[];
  /** CV1: each child's own scale, in the order they were given. */
  childScales: readonly ChildScale[];
  /** The family tree and safety network (step 3); restricted entities only for professionals. */
  genogram: Genogram;
  /** RV1: the last conference of the case, for a review made from it; null otherwise. */
  previous: PreviousConference | null;
  /** Whether the professional document is part of this model (false on family devices). */
  professional: boolean;
}

const byOrder = <T extends { order: string; id: string }>(a: T, b: T) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1;

function entities<T>(col: Y.Map<EntityMap>, read: (id: string, m: EntityMap) => T | null): T[] {
  const out: T[] = [];
  col.forEach((m, id) => {
    if (!(m instanceof Y.Map)) return; // repair on read: a stray value is not an entity
    const v = read(id, m);
    if (v) out.push(v);
  });
  return out;
}

function readRound(id: string, m: EntityMap): ScalingRound {
  const scored = getSubMap(m, F.scored);
  const results = getSubMap(m, F.results);
  const resultList: ScoreResult[] = [];
  results?.forEach((v, attendeeId) => {
    if (isRecord(v) && isNumber(v.score)) {
      resultList.push({
        attendeeId,
        name: isString(v.name) ? v.name : '',
        role: isString(v.role) ? v.role : '',
        // SC11: an advocate's score revealed before it had its own group reads with the child's.
        group: isString(v.role) && (v.role === 'advocate' || v.role === 'child') ? 'child' : v.group === 'family' ? 'family' : 'professional',
        score: v.score,
        reason: isString(v.reason) ? v.reason : '',
        onBehalf: v.onBehalf === true,
      });
    }
  });
  const status = readField(m, F.status, isString, 'open');
  return {
    id,
    question: readField(m, F.question, isString, ''),
    anchor0: readField(m, F.anchor0, isString, ''),
    anchor10: readField(m, F.anchor10, isString, ''),
    direction: readField(m, F.direction, isString, 'higher_is_safer') === 'higher_is_riskier' ? 'higher_is_riskier' : 'higher_is_safer',
    escalateAtOrBelow: readField(m, F.escalateAtOrBelow, isNullableNumber, null),
    status: status === 'closed' || status === 'revealed' ? status : 'open',
    openedAt: readField(m, F.openedAt, isString, ''),
    scored: scored ? [...scored.keys()].sort() : [],
    results: resultList.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)),
  };
}

/** A page request is valid only as a step id and a small whole number; anything else reads as none. */
function readProjectorPage(v: unknown, prev: ConferenceModel['projectorPage']): ConferenceModel['projectorPage'] {
  if (!isRecord(v) || !isString(v.step) || !isNumber(v.page) || !Number.isInteger(v.page) || v.page < 0) return null;
  return prev && prev.step === v.step && prev.page === v.page ? prev : Object.freeze({ step: v.step, page: v.page });
}

function readDecision(d: Y.Map<unknown>): DecisionRecord {
  const history = d.get(F.history);
  return {
    ...readDecisionFields(d),
    decidedAt: readField(d, F.decidedAt, isString, '') || null,
    recorded: readRecordedDecision(d.get(F.recorded)),
    history: Array.isArray(history) ? history.map(readRecordedDecision).filter((h): h is RecordedDecision => h !== null) : [],
  };
}

/** A proposed action's fields; anything else reads as no action. */
const proposedActionSchema = z.catch(z.nullable(actionFieldsSchema), null);

function readProposal(id: string, m: EntityMap): Proposal | null {
  const by = m.get(F.proposedBy);
  if (!isRecord(by)) return null;
  const action = m.get(F.action);
  const person = proposedPersonSchema.safeParse(m.get(F.person));
  const relationship = proposedRelationshipSchema.safeParse(m.get(F.relationship));
  const status = readField(m, F.status, isString, 'pending');
  const kind = readField(m, F.kind, isString, 'item');
  return {
    id,
    kind: kind === 'action' || kind === 'person' || kind === 'relationship' ? kind : 'item',
    person: person.success ? person.data : null,
    relationship: relationship.success ? relationship.data : null,
    section: readField(m, F.section, isString, '') || null,
    text: readField(m, F.text, isString, ''),
    action: proposedActionSchema.parse(action ?? null),
    proposedBy: { attendeeId: String(by.attendeeId ?? ''), name: String(by.name ?? ''), role: String(by.role ?? '') },
    at: readField(m, F.at, isString, ''),
    status: status === 'accepted' || status === 'declined' ? status : 'pending',
  };
}

/** Reuse the previous object where nothing changed, so selectors and React memo see stable identities. */
function reuse<T extends { id: string }>(prev: readonly T[] | undefined, next: T[]): readonly T[] {
  if (!prev) return Object.freeze(next.map(deepFreeze));
  const old = new Map(prev.map((p) => [p.id, p]));
  const out = next.map((n) => {
    const o = old.get(n.id);
    return o && JSON.stringify(o) === JSON.stringify(n) ? o : deepFreeze(n);
  });
  return out.length === prev.length && out.every((x, i) => x === prev[i]) ? prev : Object.freeze(out);
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

function reuseGenogram(prev: Genogram | undefined, next: Genogram): Genogram {
  const g: Genogram = {
    people: reuse(prev?.people, [...next.people]),
    relationships: reuse(prev?.relationships, [...next.relationships]),
    households: reuse(prev?.households, [...next.households]),
    details: reuse(prev?.details, [...next.details]),
    network: reuse(prev?.network, [...next.network]),
  };
  const same = prev && (Object.keys(g) as (keyof Genogram)[]).every((k) => g[k] === prev[k]);
  return same ? prev : Object.freeze(g);
}

/** Written once, so it rarely changes: keep the same object while it reads the same. */
function reusePrevious(prev: PreviousConference | null, next: PreviousConference | null): PreviousConference | null {
  if (prev && next && JSON.stringify(prev) === JSON.stringify(next)) return prev;
  return next ? deepFreeze(next) : null;
}

/**
 * PR1 — Turn the shared document (and, for professionals, the professional one) into one frozen
 * model. It only assembles: each record type is read through its own validator (`readRestrictable`,
 * PR2), and restricted entities come only from the professional document, marked as such.
 * Pass the previous model to keep unchanged entities identical (`===`).
 */
export function project(shared: Y.Doc, professional: Y.Doc | null, prev?: ConferenceModel): ConferenceModel {
  const meta = docs.meta(shared);
  const schemaVersion = schemaVersionOf(shared);
  const items = readRestrictable(ITEM, shared, professional).sort(byOrder);
  const attendees: AttendeeEntry[] = readCollection(ATTENDEE, shared, false)
    .map(({ restricted: _never, ...a }) => a)
    .sort((a, b) => a.name.localeCompare(b.name));
  const dangers = readRestrictable(DANGER, shared, professional).sort(byOrder);
  const actions = readRestrictable(ACTION, shared, professional).sort(byOrder);
  const contingency = readRestrictable(CONTINGENCY, shared, professional).sort(byOrder);
  const rounds = entities(docs.scaling(shared), readRound).sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  const views: ViewEntry[] = [];
  docs.views(shared).forEach((v, attendeeId) => {
    const r: unknown = v instanceof Y.Map ? v.toJSON() : v;
    if (!isRecord(r)) return;
    views.push({
      id: attendeeId,
      name: String(r.name ?? ''),
      role: String(r.role ?? ''),
      family: r.family === true,
      // Repair on read: a view from before schema 2 had one category for every child (migration 2 moves it).
      perChild: Array.isArray(r.perChild)
        ? r.perChild.filter(isRecord).map((p) => {
            const legacy = p.view === 'cp_plan' && isString(r.category) && r.category ? r.category : null;
            return { childId: String(p.childId ?? ''), view: String(p.view ?? ''), category: isString(p.category) && p.category ? p.category : 'category' in p ? null : legacy };
          })
        : [],
      reason: String(r.reason ?? ''),
      onBehalf: r.onBehalf === true,
      at: String(r.at ?? ''),
    });
  });
  const proposals = professional
    ? entities(docs.proposals(professional), readProposal).sort((a, b) => a.at.localeCompare(b.at))
    : [];
  const decision = readDecision(docs.decision(shared));
  const childScales: ChildScale[] = [];
  docs.childScales(shared).forEach((v, childId) => {
    if (!isRecord(v) || !isNumber(v.score)) return;
    childScales.push({
      id: childId, childId, score: v.score, words: isString(v.words) ? v.words : '', byName: isString(v.byName) ? v.byName : '',
      byRole: isString(v.byRole) ? v.byRole : '', onBehalf: v.onBehalf === true, at: isString(v.at) ? v.at : '',
    });
  });

  const model: ConferenceModel = {
    schemaVersion,
    tooNew: schemaVersion > SCHEMA_VERSION,
    step: readField(meta, F.step, isString, 'welcome'),
    presenting: readField(meta, F.presenting, isBoolean, false),
    projectorPage: readProjectorPage(meta.get(F.projectorPage), prev?.projectorPage ?? null),
    closedSession: readField(meta, F.closedSession, isBoolean, false),
    language: readField(meta, F.language, isConferenceLanguage, null),
    attendees: reuse(prev?.attendees, attendees),
    items: reuse(prev?.items, items),
    dangers: reuse(prev?.dangers, dangers),
    actions: reuse(prev?.actions, actions),
    contingency: reuse(prev?.contingency, contingency),
    currentRoundId: readField(meta, F.currentRound, isString, '') || null,
    rounds: reuse(prev?.rounds, rounds),
    views: reuse(prev?.views, views.sort((a, b) => a.name.localeCompare(b.name))),
    decision: prev && JSON.stringify(prev.decision) === JSON.stringify(decision) ? prev.decision : deepFreeze(decision),
    proposals: reuse(prev?.proposals, proposals),
    childScales: reuse(prev?.childScales, childScales.sort((a, b) => a.at.localeCompare(b.at))),
    genogram: reuseGenogram(prev?.genogram, projectGenogram(shared, professional)),
    previous: reusePrevious(prev?.previous ?? null, readPrevious(shared, professional)),
    professional: professional !== null,
  };
  return Object.freeze(model);
}
