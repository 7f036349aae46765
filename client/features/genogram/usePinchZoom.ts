import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

export interface View {
  scale: number;
  x: number;
  y: number;
}

const MIN = 1;
const MAX = 6;
const clamp = (v: number) => Math.min(MAX, Math.max(MIN, v));

/**
 * Pinch to zoom and drag to pan on a phone (two fingers zoom about their midpoint, one finger
 * pans once zoomed in), plus buttons for those who cannot pinch. Local to this device.
 */
export function usePinchZoom() {
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const last = useRef<{ dist: number; mx: number; my: number } | null>(null);

  const zoomAt = useCallback((factor: number, mx: number, my: number) => {
    setView((v) => {
      const scale = clamp(v.scale * factor);
      const k = scale / v.scale;
      return scale === MIN ? { scale, x: 0, y: 0 } : { scale, x: mx - (mx - v.x) * k, y: my - (my - v.y) * k };
    });
  }, []);

  const local = (e: ReactPointerEvent<HTMLElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, local(e));
    last.current = null;
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLElement>) => {
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const p = local(e);
    pointers.current.set(e.pointerId, p);
    const pts = [...pointers.current.values()];
    if (pts.length >= 2) {
      const [a, b] = pts as [typeof p, typeof p];
      const dist = Math.hypot(a.x - b.x, a.y - b.y);
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      if (last.current) zoomAt(dist / last.current.dist, mx, my);
      last.current = { dist, mx, my };
    } else {
      setView((v) => (v.scale > MIN ? { ...v, x: v.x + p.x - prev.x, y: v.y + p.y - prev.y } : v));
    }
  };
  const onPointerUp = (e: ReactPointerEvent<HTMLElement>) => {
    pointers.current.delete(e.pointerId);
    last.current = null;
  };
  return {
    view,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
    zoomIn: (w: number, h: number) => zoomAt(1.5, w / 2, h / 2),
    zoomOut: (w: number, h: number) => zoomAt(1 / 1.5, w / 2, h / 2),
    reset: () => setView({ scale: 1, x: 0, y: 0 }),
  };
}
