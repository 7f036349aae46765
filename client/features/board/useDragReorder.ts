import { useRef, useState, type PointerEvent } from 'react';

/**
 * Reorder a list by dragging a handle with a mouse, pen or finger. While dragging, `drag.index`
 * is the position among the *other* items where it would land; the move is committed once, on
 * release, never on every pointer move.
 */
export function useDragReorder<E extends HTMLElement = HTMLOListElement>(onDrop: (id: string, index: number) => void) {
  const listRef = useRef<E>(null);
  const [drag, setDrag] = useState<{ id: string; index: number } | null>(null);

  const indexAt = (clientY: number, id: string): number => {
    const list = listRef.current;
    if (!list) return 0;
    let index = 0;
    for (const el of list.querySelectorAll<HTMLElement>(':scope > [data-item-id]')) {
      if (el.dataset.itemId === id) continue;
      const r = el.getBoundingClientRect();
      if (clientY > r.top + r.height / 2) index++;
    }
    return index;
  };

  const handleProps = (id: string) => ({
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0) return;
      e.preventDefault();
      e.currentTarget.setPointerCapture(e.pointerId);
      setDrag({ id, index: indexAt(e.clientY, id) });
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      if (drag?.id !== id) return;
      const index = indexAt(e.clientY, id);
      if (index !== drag.index) setDrag({ id, index });
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      if (drag?.id !== id) return;
      e.currentTarget.releasePointerCapture(e.pointerId);
      const index = indexAt(e.clientY, id);
      setDrag(null);
      onDrop(id, index);
    },
    onPointerCancel: () => setDrag(null),
  });

  return { listRef, drag, handleProps };
}
