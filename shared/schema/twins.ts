import type * as Y from 'yjs';
import type { z } from 'zod/mini';
import { docs, isRecord, isStringArray } from './docLayout.ts';
import { readCollection, type Entity, type RecordType } from './record.ts';

/**
 * A restrictable collection and its professional twin, read together (RS1), and the links from
 * shared entities to restricted ones, which live only in the professional document (RS4).
 */

export type Links = Record<string, string[]>;

/** The hidden links of one shared entity: `{[linkField]: ids}` of restricted entities it names. */
export function readHidden(professional: Y.Doc, id: string): Links {
  const v = docs.hiddenLinks(professional).get(id);
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string[]] => isStringArray(e[1])));
}

/** Replace the hidden links of one shared entity; an entity with none has no entry. */
export function writeHidden(professional: Y.Doc, id: string, links: Links): void {
  const kept = Object.fromEntries(Object.entries(links).filter(([, ids]) => ids.length > 0));
  const map = docs.hiddenLinks(professional);
  if (Object.keys(kept).length > 0) map.set(id, kept);
  else if (map.has(id)) map.delete(id);
}

/**
 * PR2 — Every entity of a restrictable type that this device may see: the shared collection, and
 * with the professional document its twin (marked restricted) and the shared entities' hidden
 * links. Without it (family devices, the projector) only the shared collection: nothing restricted,
 * and no link to anything restricted.
 */
export function readRestrictable<S extends z.ZodMiniObject>(type: RecordType<S>, shared: Y.Doc, professional: Y.Doc | null): Entity<z.infer<S>>[] {
  if (!professional) return readCollection(type, shared, false);
  const withHidden = (id: string, json: Record<string, unknown>) => {
    const hidden = readHidden(professional, id);
    const out = { ...json };
    for (const f of type.links) if (hidden[f]) out[f] = [...(isStringArray(out[f]) ? out[f] : []), ...hidden[f]];
    return out;
  };
  return [...readCollection(type, shared, false, type.links.length ? withHidden : undefined), ...readCollection(type, professional, true)];
}
