import type * as Y from 'yjs';
import { F, isRecord, isString, isStringArray, readField, readText } from './docLayout.ts';
import type { DecisionFields, RecordedDecision } from './project.ts';
import type { QuorumCheck } from '../rules/quorum.ts';
import { ATTENDEE_ROLES, type Role } from './roles.ts';

/**
 * The decision's fields as read from the live `decision` map (the chair's draft) and from a recorded
 * version (DE6), which is a plain JSON value the server writes. Repair on read: anything malformed
 * reads as empty rather than breaking the screen.
 */
function perChildOf(v: unknown): DecisionFields['perChild'] {
  return Array.isArray(v)
    ? v.filter(isRecord).map((p) => ({
        childId: String(p.childId ?? ''), outcome: String(p.outcome ?? ''), category: isString(p.category) ? p.category : null,
        ...(isString(p.reason) && p.reason ? { reason: p.reason } : {}),
      }))
    : [];
}

function dissentOf(v: unknown): DecisionFields['dissent'] {
  return Array.isArray(v) ? v.filter(isRecord).map((x) => ({ by: String(x.by ?? ''), text: String(x.text ?? '') })) : [];
}

function overridesOf(v: unknown): DecisionFields['dateOverrides'] {
  return isRecord(v) ? (v as DecisionFields['dateOverrides']) : {};
}

/** The chair's current decision fields from the document's `decision` map. */
export function readDecisionFields(d: Y.Map<unknown>): DecisionFields {
  return {
    perChild: perChildOf(d.get(F.perChild)),
    rationale: readText(d, F.rationale),
    dissent: dissentOf(d.get(F.dissent)),
    keyWorker: readField(d, F.keyWorker, isString, ''),
    coreGroup: readField(d, F.coreGroup, isStringArray, []),
    dateOverrides: overridesOf(d.get(F.dateOverrides)),
  };
}

function quorumOf(v: unknown): QuorumCheck | null {
  if (!isRecord(v) || typeof v.quorate !== 'boolean') return null;
  return {
    quorate: v.quorate,
    agencies: isStringArray(v.agencies) ? v.agencies : [],
    // Checks recorded before issue 13 have no roles apart: their agencies say them in English.
    ...(isStringArray(v.byRole) ? { byRole: v.byRole.filter((r): r is Role => (ATTENDEE_ROLES as readonly string[]).includes(r)) } : {}),
    required: typeof v.required === 'number' ? v.required : 0,
    socialWorker: v.socialWorker === true,
  };
}

/** One recorded version of the decision, or null when the value is not one. */
export function readRecordedDecision(v: unknown): RecordedDecision | null {
  if (!isRecord(v) || !isString(v.recordedAt)) return null;
  return {
    perChild: perChildOf(v.perChild),
    rationale: isString(v.rationale) ? v.rationale : '',
    dissent: dissentOf(v.dissent),
    keyWorker: isString(v.keyWorker) ? v.keyWorker : '',
    coreGroup: isStringArray(v.coreGroup) ? v.coreGroup : [],
    dateOverrides: overridesOf(v.dateOverrides),
    recordedAt: v.recordedAt,
    quorum: quorumOf(v.quorum),
  };
}

/** DE6: the fields of a decision as a plain value to store as a recorded version. */
export function recordedValue(fields: DecisionFields, recordedAt: string, quorum: QuorumCheck | null): RecordedDecision {
  return {
    perChild: fields.perChild.map((p) => ({ ...p })),
    rationale: fields.rationale,
    dissent: fields.dissent.map((x) => ({ ...x })),
    keyWorker: fields.keyWorker,
    coreGroup: [...fields.coreGroup],
    dateOverrides: JSON.parse(JSON.stringify(fields.dateOverrides)) as DecisionFields['dateOverrides'],
    recordedAt,
    quorum,
  };
}

/** DE6: whether the chair's fields differ from the recorded version (changes not yet recorded). */
export function differsFromRecorded(fields: DecisionFields, recorded: RecordedDecision | null): boolean {
  if (!recorded) return false;
  const pick = (f: DecisionFields) => JSON.stringify([
    [...f.perChild].sort((a, b) => a.childId.localeCompare(b.childId)).map((p) => [p.childId, p.outcome, p.category, p.reason ?? '']),
    f.rationale.trim(), f.dissent, f.keyWorker, f.coreGroup, Object.entries(f.dateOverrides).sort(([a], [b]) => a.localeCompare(b)),
  ]);
  return pick(fields) !== pick(recorded);
}
