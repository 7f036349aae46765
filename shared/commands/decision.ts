import * as Y from 'yjs';
import { F, docs, getText, newText, setText } from '../schema/docLayout.ts';
import { perChildDecisionSchema, checkDecision, reviewReasonIssues, type PerChildDecision } from '../rules/decision.ts';
import { applyOverride, type Deadline } from '../rules/deadlines.ts';
import type { ConferenceType } from '../schema/conference.ts';
import type { Jurisdiction } from '../rules/jurisdiction.ts';
import type { DecisionRecord } from '../schema/project.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { msg, type Msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN } from './docs.ts';
import { recordedValue } from '../schema/decisionRecord.ts';
import type { QuorumCheck } from '../rules/quorum.ts';

/** DE1 — Record (or change) the chair's decision for one child; the others are kept as they are. */
export function setChildDecision(shared: Y.Doc, decision: PerChildDecision, origin: unknown = LOCAL_ORIGIN): Result {
  const parsed = perChildDecisionSchema.safeParse(decision);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const d = docs.decision(shared);
  const current = d.get(F.perChild);
  const list = Array.isArray(current) ? (current as PerChildDecision[]).filter((x) => x.childId !== parsed.data.childId) : [];
  const { reason, ...rest } = parsed.data;
  shared.transact(() => d.set(F.perChild, [...list, { ...rest, category: rest.category ?? null, ...(reason ? { reason } : {}) }]), origin);
  return ok(undefined);
}

/** DE2 — Why the conference decided as it did (merges with concurrent typing). */
export function setRationale(shared: Y.Doc, text: string, origin: unknown = LOCAL_ORIGIN): Result {
  if (text.length > 4000) return fail(msg('commands.decision.rationaleTooLong'));
  const d = docs.decision(shared);
  shared.transact(() => {
    const t = getText(d, F.rationale);
    if (t) setText(t, text);
    else d.set(F.rationale, newText(text));
  }, origin);
  return ok(undefined);
}

/** DE3 — A professional's disagreement with the decision, kept with their reason. */
export function setDissent(shared: Y.Doc, dissent: DecisionRecord['dissent'], origin: unknown = LOCAL_ORIGIN): Result {
  if (dissent.some((x) => !x.by.trim() || !x.text.trim())) return fail(msg('commands.decision.dissentIncomplete'));
  shared.transact(() => docs.decision(shared).set(F.dissent, dissent.map((x) => ({ by: x.by.trim(), text: x.text.trim() }))), origin);
  return ok(undefined);
}

/** DE4 — The key worker (lead practitioner) and the core group. */
export function setPeople(shared: Y.Doc, people: { keyWorker: string; coreGroup: readonly string[] }, origin: unknown = LOCAL_ORIGIN): Result {
  if (people.keyWorker.length > 120 || people.coreGroup.some((n) => n.length > 120)) return fail(msg('commands.decision.namesTooLong'));
  shared.transact(() => {
    docs.decision(shared).set(F.keyWorker, people.keyWorker.trim());
    docs.decision(shared).set(F.coreGroup, people.coreGroup.map((n) => n.trim()).filter(Boolean));
  }, origin);
  return ok(undefined);
}

/** OV1 — Move a computed deadline; the reason is kept with it. Pass null to go back to the rule's date. */
export function overrideDeadline(shared: Y.Doc, deadline: Deadline, change: { date: string; reason: string } | null, origin: unknown = LOCAL_ORIGIN): Result {
  const d = docs.decision(shared);
  const current = (d.get(F.dateOverrides) ?? {}) as Record<string, { date: string; reason: string }>;
  const next = { ...current };
  if (change === null) delete next[deadline.ruleId];
  else {
    const r = applyOverride(deadline, change);
    if (!r.ok) return r;
    next[deadline.ruleId] = { date: r.value.due, reason: r.value.override!.reason };
  }
  shared.transact(() => d.set(F.dateOverrides, next), origin);
  return ok(undefined);
}

/** The facts about a conference its decision is checked against. */
export interface DecisionConference {
  jurisdiction: Jurisdiction;
  type: ConferenceType;
  children: readonly { id: string; name: string }[];
  /** DC6: at a review made from the last conference, its decision per child. */
  previous?: readonly { childId: string; outcome: string; category: string | null }[];
}

/**
 * DE5 — What stops the decision being recorded: every child needs a valid
 * outcome for this jurisdiction (DC1–DC5) and the reasons must be written. Empty when ready.
 */
export function decisionProblems(conf: DecisionConference, record: DecisionRecord): Msg[] {
  const names = new Map(conf.children.map((c) => [c.id, c.name]));
  const check = checkDecision(conf.jurisdiction, conf.type, record.perChild, [...names.keys()], (id) => names.get(id) ?? id);
  const reasons = check.ok ? [] : [...check.reasons];
  if (conf.type === 'review') reasons.push(...reviewReasonIssues(conf.jurisdiction, record.perChild, conf.previous ?? [], (id) => names.get(id) ?? id).map((i) => i.message));
  if (!record.rationale.trim()) reasons.push(msg('commands.decision.rationaleMissing'));
  return reasons;
}

/**
 * DE5/DE6 — Record the decision once {@link decisionProblems} finds nothing. The server does this
 * (record_decision). The chair's fields are kept as the recorded version — what the family and the
 * projector are shown — and added to its history with the quorum check of that moment (QU1).
 * Changes the chair makes afterwards are a draft until the decision is recorded again.
 */
export function recordDecision(shared: Y.Doc, conf: DecisionConference, record: DecisionRecord, origin: unknown = LOCAL_ORIGIN, quorum: QuorumCheck | null = null): Result {
  const reasons = decisionProblems(conf, record);
  if (reasons.length) return fail(...reasons);
  const at = new Date().toISOString();
  const version = recordedValue(record, at, quorum);
  shared.transact(() => {
    const d = docs.decision(shared);
    d.set(F.decidedAt, at);
    d.set(F.recorded, version);
    d.set(F.history, [...record.history, version]);
  }, origin);
  return ok(undefined);
}
