import * as Y from 'yjs';
import { F, docs, isRecord, isString } from '../docLayout.ts';
import { readDecisionFields, recordedValue } from '../decisionRecord.ts';

/** Migration 3 (DV5): the one category a view gave for all the children moves to each child with a plan view. */
export function viewCategoryPerChild(shared: Y.Doc): void {
  docs.views(shared).forEach((m) => {
    if (!(m instanceof Y.Map)) return;
    const category = m.get(F.category);
    const perChild = m.get(F.perChild);
    if (Array.isArray(perChild)) {
      m.set(F.perChild, perChild.map((p: unknown) => {
        if (!isRecord(p) || 'category' in p) return p;
        return { ...p, category: p.view === 'cp_plan' && isString(category) && category ? category : null };
      }));
    }
    if (m.has(F.category)) m.delete(F.category);
  });
}

/** Migration 3 (DE6): a decision already recorded is kept as the recorded version and the first in its history. */
export function decisionRecordedVersion(shared: Y.Doc): void {
  const d = docs.decision(shared);
  const decidedAt = d.get(F.decidedAt);
  if (!isString(decidedAt) || !decidedAt || d.has(F.recorded)) return;
  const version = recordedValue(readDecisionFields(d), decidedAt, null);
  d.set(F.recorded, version);
  d.set(F.history, [version]);
}
