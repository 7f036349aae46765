/**
 * The genogram picture as a few drawing primitives, so that one description is drawn by the SVG
 * renderer (projector, phones, the record) and by the canvas editor alike.
 */
export interface Stroke {
  stroke?: string;
  width?: number;
  dash?: number[];
  fill?: string;
}
export type Prim =
  | ({ t: 'path'; d: string } & Stroke)
  | ({ t: 'rect'; x: number; y: number; w: number; h: number; r?: number } & Stroke)
  | { t: 'text'; x: number; y: number; text: string; size: number; anchor: 'start' | 'middle'; bold?: boolean; italic?: boolean; fill?: string; /** A language tag when it differs from the picture's (the English of a bilingual key). */ lang?: string };

/** Something the editor can pick up: a person's symbol and label, or a network card. */
export interface Hit {
  id: string;
  kind: 'person' | 'network';
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Scene {
  /** The picture's extent in layout units. */
  box: { x: number; y: number; w: number; h: number };
  prims: Prim[];
  hits: Hit[];
}

export const INK = '#0b0c0c';
export const QUIET = '#505a5f';
export const PAPER = '#ffffff';

const f = (n: number) => Math.round(n * 10) / 10;
export const M = (x: number, y: number) => `M${f(x)} ${f(y)}`;
export const L = (x: number, y: number) => `L${f(x)} ${f(y)}`;

export function polyline(pts: readonly (readonly [number, number])[]): string {
  return pts.map(([x, y], i) => (i ? L(x, y) : M(x, y))).join(' ');
}

export function circlePath(cx: number, cy: number, r: number): string {
  return `${M(cx - r, cy)} A${f(r)} ${f(r)} 0 1 0 ${f(cx + r)} ${f(cy)} A${f(r)} ${f(r)} 0 1 0 ${f(cx - r)} ${f(cy)} Z`;
}
