import { useEffect, useState, useSyncExternalStore } from 'react';
import { createGenogramUndo, type GenogramUndo } from '../../shared/commands/undo.ts';
import { useRoom } from './RoomContext.tsx';

/** Undo and redo of this device's own genogram edits while the editor is open (GU). */
export function useGenogramUndo(): { undo: () => void; redo: () => void; canUndo: boolean; canRedo: boolean } {
  const { conn } = useRoom();
  const [undo, setUndo] = useState<GenogramUndo | null>(null);
  useEffect(() => {
    const u = createGenogramUndo(conn.docs);
    setUndo(u);
    return () => u.destroy();
  }, [conn]);
  const subscribe = (fn: () => void) => (undo ? undo.subscribe(fn) : () => undefined);
  const canUndo = useSyncExternalStore(subscribe, () => undo?.canUndo() ?? false);
  const canRedo = useSyncExternalStore(subscribe, () => undo?.canRedo() ?? false);
  return { undo: () => void undo?.undo(), redo: () => void undo?.redo(), canUndo, canRedo };
}
