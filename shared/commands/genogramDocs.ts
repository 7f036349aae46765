import * as Y from 'yjs';
import { docs, type EntityMap, type GenogramCollection } from '../schema/docLayout.ts';
import type { ConferenceDocs } from './docs.ts';

/** Where a genogram entity lives: restricted ones only in the professional document. */
export function locateIn(d: ConferenceDocs, col: GenogramCollection, id: string): { doc: Y.Doc; map: EntityMap; restricted: boolean } | null {
  const s = docs[col](d.shared).get(id);
  if (s instanceof Y.Map) return { doc: d.shared, map: s, restricted: false };
  const p = d.professional ? docs[col](d.professional).get(id) : undefined;
  if (p instanceof Y.Map && d.professional) return { doc: d.professional, map: p, restricted: true };
  return null;
}

/** The document a new entity goes to; null when a family device asks for a restricted one. */
export function targetDoc(d: ConferenceDocs, restricted: boolean): Y.Doc | null {
  return restricted ? d.professional : d.shared;
}

/** A new entity map holding `fields` (a map not yet in a document cannot be read, only written). */
export function newEntity(fields: Record<string, unknown>): EntityMap {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  return m;
}

/** Write plain fields into an existing entity map, skipping values that did not change. */
export function writeFields(m: EntityMap, fields: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(fields)) if (m.get(k) !== v) m.set(k, v);
}

/** Apply `fn` to every entity of a collection in both documents, one transaction per document. */
export function eachEntity(d: ConferenceDocs, col: GenogramCollection, origin: unknown, fn: (id: string, m: EntityMap, c: Y.Map<EntityMap>) => void): void {
  for (const doc of [d.shared, d.professional]) {
    if (!doc) continue;
    const c = docs[col](doc);
    const hits: [string, EntityMap][] = [];
    c.forEach((m, id) => {
      if (m instanceof Y.Map) hits.push([id, m]);
    });
    if (hits.length) doc.transact(() => hits.forEach(([id, m]) => fn(id, m, c)), origin);
  }
}
