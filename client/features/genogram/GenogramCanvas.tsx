import { useEffect, useMemo, useRef, useState } from 'react';
import { Layer, Path, Rect, Stage, Text } from 'react-konva';
import type Konva from 'konva';
import { buildScene } from '../../../shared/genogram/scene.ts';
import type { Prim } from '../../../shared/genogram/primitives.ts';
import type { Position } from '../../../shared/schema/person.ts';
import type { GenogramView } from './useGenogram.ts';

/**
 * The chair's drawing board (react-konva): the same scene the SVG draws, with every person
 * draggable. A drag moves the person (and their lines) on this screen only; it is written once,
 * when it ends. Click a person to select them for the form beside the board.
 */

const SELECT = '#1d70b8';

function PrimShape({ p }: { p: Prim }) {
  switch (p.t) {
    case 'path':
      return <Path data={p.d} stroke={p.stroke} strokeWidth={p.width ?? 2} dash={p.dash} fill={p.fill} lineCap="round" lineJoin="round" listening={false} perfectDrawEnabled={false} />;
    case 'rect':
      return <Rect x={p.x} y={p.y} width={p.w} height={p.h} cornerRadius={p.r ?? 0} stroke={p.stroke} strokeWidth={p.width ?? 0} dash={p.dash} fill={p.fill} listening={false} />;
    case 'text': {
      const style = [p.italic ? 'italic' : '', p.bold ? 'bold' : ''].filter(Boolean).join(' ') || 'normal';
      // Konva places text by its top-left; centred text gets a wide box centred on x.
      return (
        <Text x={p.anchor === 'middle' ? p.x - 400 : p.x} y={p.y} width={p.anchor === 'middle' ? 800 : undefined} align={p.anchor === 'middle' ? 'center' : 'left'} text={p.text} fontSize={p.size} fontFamily="Arial, Helvetica, sans-serif" fontStyle={style} fill={p.fill ?? '#0b0c0c'} listening={false} />
      );
    }
  }
}

export function GenogramCanvas({ view, width, height, selected, onSelect, onPlace, fitKey }: {
  view: GenogramView;
  width: number;
  height: number;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onPlace: (id: string, pos: Position) => void;
  /** Changing this fits the whole picture to the board again. */
  fitKey: number;
}) {
  const [dragging, setDragging] = useState<{ id: string; x: number; y: number } | null>(null);
  const scene = useMemo(
    () => buildScene(view.genogram, { audience: view.audience, asOf: view.asOf, children: view.children, locale: view.locale, dragging }),
    [view.genogram, view.audience, view.asOf, view.children, view.locale, dragging],
  );
  const [camera, setCamera] = useState({ scale: 1, x: 0, y: 0 });
  const stage = useRef<Konva.Stage>(null);
  const fitted = useRef(-1);
  useEffect(() => {
    // Fit once when the board opens (and when asked), not on every edit: the chair's zoom stays put.
    if (fitted.current === fitKey || width === 0) return;
    fitted.current = fitKey;
    const { x, y, w, h } = scene.box;
    const scale = Math.min(width / w, height / h, 1.2);
    setCamera({ scale, x: (width - w * scale) / 2 - x * scale, y: (height - h * scale) / 2 - y * scale });
  }, [fitKey, scene.box, width, height]);

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const pointer = stage.current?.getPointerPosition();
    if (!pointer) return;
    setCamera((c) => {
      const scale = Math.min(3, Math.max(0.2, c.scale * (e.evt.deltaY < 0 ? 1.1 : 1 / 1.1)));
      const k = scale / c.scale;
      return { scale, x: pointer.x - (pointer.x - c.x) * k, y: pointer.y - (pointer.y - c.y) * k };
    });
  };

  return (
    <Stage
      ref={stage}
      width={width}
      height={height}
      scaleX={camera.scale}
      scaleY={camera.scale}
      x={camera.x}
      y={camera.y}
      draggable
      onDragEnd={(e) => {
        if (e.target === stage.current) setCamera((c) => ({ ...c, x: e.target.x(), y: e.target.y() }));
      }}
      onWheel={onWheel}
      onClick={(e) => {
        if (e.target === stage.current) onSelect(null);
      }}
    >
      <Layer listening={false}>
        <Rect x={scene.box.x} y={scene.box.y} width={scene.box.w} height={scene.box.h} fill="#ffffff" />
        {scene.prims.map((p, i) => (
          <PrimShape key={i} p={p} />
        ))}
      </Layer>
      <Layer>
        {scene.hits.filter((h) => h.kind === 'person').map((h) => (
          <Rect
            key={h.id}
            name={`person-${h.id}`}
            x={h.x}
            y={h.y}
            width={h.w}
            height={h.h}
            fill="rgba(255,255,255,0.001)"
            stroke={selected === h.id ? SELECT : undefined}
            strokeWidth={selected === h.id ? 4 : 0}
            dash={[10, 6]}
            draggable
            onMouseDown={(e) => (e.cancelBubble = true)}
            onClick={() => onSelect(h.id)}
            onTap={() => onSelect(h.id)}
            onDragStart={(e) => {
              e.cancelBubble = true;
              onSelect(h.id);
            }}
            onDragMove={(e) => {
              e.cancelBubble = true;
              setDragging({ id: h.id, x: e.target.x() + h.w / 2, y: e.target.y() });
            }}
            onDragEnd={(e) => {
              e.cancelBubble = true;
              onPlace(h.id, { x: e.target.x() + h.w / 2, y: e.target.y() });
              setDragging(null);
            }}
          />
        ))}
      </Layer>
    </Stage>
  );
}
