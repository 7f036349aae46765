import type * as Y from 'yjs';
import { collectionOf, type RecordType } from '../schema/record.ts';
import type { EntityMap } from '../schema/docLayout.ts';
import type { ConferenceDocs } from './docs.ts';

/** Write plain fields into an existing entity map, skipping values that did not change. */
export function writeFields(m: EntityMap, fields: Readonly<Record<string, unknown>>): void {
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && m.get(k) !== v) m.set(k, v);
}

/**
 * Change several collections of the genogram in each document in one transaction per document,
 * so a removal and everything that goes with it is one undo step and never half-done.
 */
export function inEachDoc(d: ConferenceDocs, origin: unknown, fn: (doc: Y.Doc, each: (type: RecordType, visit: (id: string, m: EntityMap, col: Y.Map<EntityMap>) => void) => void) => void): void {
  for (const doc of [d.shared, d.professional]) {
    if (!doc) continue;
    doc.transact(() => {
      fn(doc, (type, visit) => {
        const col = collectionOf(doc, type);
        const hits: [string, EntityMap][] = [];
        col.forEach((m, id) => {
          if (typeof (m as EntityMap).get === 'function') hits.push([id, m]);
        });
        hits.forEach(([id, m]) => visit(id, m, col));
      });
    }, origin);
  }
}
