import * as Y from 'yjs';
import { F, SCHEMA_VERSION, docs, isNumber, newText, readField } from '../docLayout.ts';
import { newId } from '../ids.ts';
import { viewCategoryPerChild, decisionRecordedVersion } from './v3.ts';

/** Origin of migration transactions, so that audit and undo can tell them apart. */
export const MIGRATION_ORIGIN = 'migration';

interface Migration {
  version: number;
  /** Runs inside one transaction on the shared document. Must be idempotent under CRDT merge. */
  up(shared: Y.Doc): void;
}

/** Forward-only, numbered. Never edit a released migration: add the next one. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up(shared) {
      const meta = docs.meta(shared);
      if (!meta.has(F.step)) meta.set(F.step, 'welcome');
      if (!meta.has(F.presenting)) meta.set(F.presenting, false);
      if (!meta.has(F.closedSession)) meta.set(F.closedSession, false);
      if (!meta.has(F.status)) meta.set(F.status, 'open');
    },
  },
  {
    // The contingency plan was one shared text (`plan.contingency`); it becomes a list of entries so
    // one can be professionals only. The old text answered "what happens if things do not get
    // better", so it becomes one entry saying so. Keys are written out: a migration is frozen history.
    version: 2,
    up(shared) {
      const plan = docs.plan(shared);
      const old = plan.get(F.contingency);
      const text = (old instanceof Y.Text ? old.toString() : typeof old === 'string' ? old : '').trim();
      if (text) {
        const entry = new Y.Map<unknown>();
        entry.set('mightHappen', newText('Things do not get better quickly enough'));
        entry.set('weWill', newText(text));
        entry.set('order', 'a0');
        shared.getMap('contingency').set(newId(), entry);
      }
      if (plan.has(F.contingency)) plan.delete(F.contingency);
    },
  },
  {
    // A view's category of harm is per child (DV5); a decision recorded before now becomes the
    // recorded version, so later changes to it are a draft (DE6).
    version: 3,
    up(shared) {
      viewCategoryPerChild(shared);
      decisionRecordedVersion(shared);
    },
  },
  {
    // CV1: each child's own scale (`childScales`) and a Three Houses item's child
    // (`details.childId`, `details.enteredBy`) are new, with nothing to move. The version still
    // changes so that an older client, which would drop the new item details when it edits one,
    // goes read-only and asks for a reload.
    version: 4,
    up() {},
  },
];

export function schemaVersionOf(shared: Y.Doc): number {
  return readField(docs.meta(shared), F.schemaVersion, isNumber, 0);
}

/**
 * MG1 — Bring a shared document up to SCHEMA_VERSION in one transaction. The server calls this
 * once when it loads a room; clients never migrate. Returns the versions it moved between.
 */
export function migrate(shared: Y.Doc): { from: number; to: number } {
  const from = schemaVersionOf(shared);
  if (from >= SCHEMA_VERSION) return { from, to: from };
  shared.transact(() => {
    for (const m of MIGRATIONS) if (m.version > from) m.up(shared);
    docs.meta(shared).set(F.schemaVersion, SCHEMA_VERSION);
  }, MIGRATION_ORIGIN);
  return { from, to: SCHEMA_VERSION };
}
