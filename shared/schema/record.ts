import * as Y from 'yjs';
import type { z } from 'zod/mini';
import type { EntityMap } from './docLayout.ts';
import { newText, setText } from './text.ts';

/**
 * What a record type declares about itself (one file per type in shared/schema): the collection it
 * lives in, its validator (the stored shape; its keys are the entity's field keys), which fields are
 * Y.Text, which hold ids of other entities, and whether it can be restricted. Restrictable types are
 * listed in `restrictable.ts`; restriction, projection and links then work for them with no code of
 * their own (docs/document.md, "Restriction").
 */
export interface RecordType<S extends z.ZodMiniObject = z.ZodMiniObject> {
  /** Root key of the collection: in the shared document, and (restrictable types) its twin in the professional one. */
  readonly collection: string;
  /** What one is called in messages: "That {noun} has been deleted". */
  readonly noun: string;
  /** The stored record, without its id. Fields repair on read (`.catch`); a record that still fails is dropped. */
  readonly schema: S;
  /** Fields stored as Y.Text, so concurrent typing merges. */
  readonly text: readonly FieldOf<S>[];
  /** Fields holding `string[]` ids of other restrictable entities (an action's dangers). */
  readonly links: readonly FieldOf<S>[];
  /**
   * Fields holding the id of the entity this record belongs to (a line's two people, a detail's
   * person). A record is professionals only whenever one of its owners is (RS7): it moves with them.
   */
  readonly owners?: readonly FieldOf<S>[];
  /** Whether a record can be "Professionals only" (then it may live in the professional twin). */
  readonly restrictable: boolean;
  /**
   * The last entity read from each map, with the stored JSON it came from: project() runs after every
   * transaction, and validating only what changed keeps it as cheap as it was without validators.
   */
  readonly parsed: WeakMap<Y.Map<unknown>, { json: string; entity: Entity<z.infer<S>> }>;
}

export type FieldOf<S extends z.ZodMiniObject> = Extract<keyof z.infer<S>, string>;

/** A record as the model exposes it: its id, and whether it is professionals only. */
export type Entity<T> = T & { readonly id: string; readonly restricted: boolean };

export function defineRecord<S extends z.ZodMiniObject>(t: Omit<RecordType<S>, 'parsed'>): RecordType<S> {
  return Object.freeze({ ...t, parsed: new WeakMap() });
}

/** The field keys of a record type, derived from its validator so they never drift. */
export function fieldKeys<S extends z.ZodMiniObject>(schema: S): { readonly [K in FieldOf<S>]: K } {
  return Object.freeze(Object.fromEntries(Object.keys(schema.shape).map((k) => [k, k]))) as { readonly [K in FieldOf<S>]: K };
}

/** A record type's collection in one document. */
export function collectionOf(doc: Y.Doc, type: RecordType): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(type.collection);
}

/** Read one entity through its validator; null when it cannot be repaired (a CRDT merge, an old client). */
export function readEntity<S extends z.ZodMiniObject>(type: RecordType<S>, id: string, json: unknown, restricted: boolean): Entity<z.infer<S>> | null {
  const parsed = type.schema.safeParse(json);
  if (!parsed.success) return null;
  return { ...parsed.data, id, restricted };
}

/**
 * Every entity of one collection in one document. `extend` may add to an entity's stored fields
 * before validation (the professional document's hidden links of a shared entity).
 */
export function readCollection<S extends z.ZodMiniObject>(
  type: RecordType<S>,
  doc: Y.Doc,
  restricted: boolean,
  extend: (id: string, json: Record<string, unknown>) => Record<string, unknown> = (_id, json) => json,
): Entity<z.infer<S>>[] {
  const out: Entity<z.infer<S>>[] = [];
  collectionOf(doc, type).forEach((m, id) => {
    if (!(m instanceof Y.Map)) return; // repair on read: a stray value is not an entity
    const data = extend(id, m.toJSON() as Record<string, unknown>);
    const json = JSON.stringify(data);
    const last = type.parsed.get(m);
    if (last && last.json === json && last.entity.id === id && last.entity.restricted === restricted) {
      out.push(last.entity);
      return;
    }
    const e = readEntity(type, id, data, restricted);
    if (e) {
      type.parsed.set(m, { json, entity: e });
      out.push(e);
    }
  });
  return out;
}

/** A new entity map holding `values`, text fields as Y.Text. */
export function newEntityMap(type: RecordType, values: Readonly<Record<string, unknown>>): EntityMap {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if ((type.text as readonly string[]).includes(k)) {
      m.set(k, newText(typeof v === 'string' ? v : ''));
    } else {
      m.set(k, v);
    }
  }
  return m;
}

/** Set a text field, merging with concurrent edits when it is already a Y.Text (only the changed middle is touched). */
export function writeTextField(m: EntityMap, key: string, value: string): void {
  const t = m.get(key);
  if (t instanceof Y.Text) setText(t, value);
  else m.set(key, newText(value));
}
