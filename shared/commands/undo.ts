import * as Y from 'yjs';
import { collectionOf } from '../schema/record.ts';
import { PERSON } from '../schema/person.ts';
import { RELATIONSHIP } from '../schema/relationship.ts';
import { HOUSEHOLD } from '../schema/household.ts';
import { DETAIL } from '../schema/genogramDetail.ts';
import { NETWORK } from '../schema/networkMember.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';

/**
 * GU — Undo and redo of this device's own genogram edits. One Y.UndoManager per document (a
 * manager covers one document), tracking only `origin`: an edit from another editor or the server
 * is never undone here. Steps are numbered as they happen, so undo takes back the latest step
 * whichever document it was in.
 */
export interface GenogramUndo {
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Called whenever what can be undone or redone changes. */
  subscribe(fn: () => void): () => void;
  destroy(): void;
}

type Stack = 'undoStack' | 'redoStack';

export function createGenogramUndo(d: ConferenceDocs, origin: unknown = LOCAL_ORIGIN): GenogramUndo {
  let seq = 0;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((fn) => fn());
  const managers = [d.shared, d.professional]
    .filter((x): x is Y.Doc => x !== null)
    .map((doc) => {
      // captureTimeout 0: each command (one transaction per document) is its own step.
      const um = new Y.UndoManager([PERSON, RELATIONSHIP, HOUSEHOLD, DETAIL, NETWORK].map((t) => collectionOf(doc, t)), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
      um.on('stack-item-added', (e: { stackItem: { meta: Map<string, unknown> } }) => {
        e.stackItem.meta.set('seq', ++seq);
        notify();
      });
      um.on('stack-item-popped', notify);
      um.on('stack-cleared', notify);
      return um;
    });
  const top = (um: Y.UndoManager, s: Stack): number => {
    const item = um[s][um[s].length - 1];
    return item ? Number(item.meta.get('seq') ?? -1) : -1;
  };
  const latest = (s: Stack): Y.UndoManager | null => {
    let best: Y.UndoManager | null = null;
    for (const um of managers) if (top(um, s) >= 0 && (!best || top(um, s) > top(best, s))) best = um;
    return best;
  };
  return {
    undo: () => {
      const um = latest('undoStack');
      if (!um) return false;
      um.undo();
      return true;
    },
    redo: () => {
      const um = latest('redoStack');
      if (!um) return false;
      um.redo();
      return true;
    },
    canUndo: () => latest('undoStack') !== null,
    canRedo: () => latest('redoStack') !== null,
    subscribe: (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy: () => {
      managers.forEach((um) => um.destroy());
      listeners.clear();
    },
  };
}
