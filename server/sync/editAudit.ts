import * as Y from 'yjs';
import { F, docs } from '../../shared/schema/docLayout.ts';

/** A structural change the chair or note taker made over their socket, as the audit log records it: ids, never content. */
export interface EditSummary {
  action: 'item_added' | 'item_deleted' | 'step_changed' | 'closed_session_started' | 'closed_session_ended' | 'scaling_opened' | 'scaling_closed' | 'decision_changed';
  detail: string;
}

/**
 * AU5 — Describe one transaction applied from a writer's socket. Typing inside an item is not
 * listed (it would log every keystroke); adding or deleting items, moving the room, closed
 * sessions, opening and closing scaling and changes to a child's outcome are.
 */
export function describeEdits(tr: Y.Transaction, doc: Y.Doc): EditSummary[] {
  const out: EditSummary[] = [];
  const meta = docs.meta(doc);
  const items = docs.items(doc);
  const scaling = docs.scaling(doc);
  const decision = docs.decision(doc);
  for (const [changed, keys] of tr.changed) {
    const type = changed as unknown;
    if (type === items) {
      for (const id of keys) if (id) out.push({ action: items.has(id) ? 'item_added' : 'item_deleted', detail: id });
    } else if (type === meta) {
      if (keys.has(F.step)) out.push({ action: 'step_changed', detail: String(meta.get(F.step) ?? '') });
      if (keys.has(F.closedSession)) out.push({ action: meta.get(F.closedSession) === true ? 'closed_session_started' : 'closed_session_ended', detail: '' });
    } else if (type === scaling) {
      for (const id of keys) if (id && scaling.has(id)) out.push({ action: 'scaling_opened', detail: id });
    } else if (type instanceof Y.Map && type.parent === scaling && keys.has(F.status) && type.get(F.status) === 'closed') {
      out.push({ action: 'scaling_closed', detail: '' });
    } else if (type === decision && keys.has(F.perChild)) {
      out.push({ action: 'decision_changed', detail: 'outcome per child' });
    }
  }
  return out;
}
