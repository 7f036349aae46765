import type { Relationship } from '../schema/relationship.ts';
import type { PlacedPerson } from './layout.ts';
import { INK, M, L, polyline, type Prim, type Stroke } from './primitives.ts';
import { SYMBOL } from './metrics.ts';

/** Line styles for parent–child lines and emotional ties (the legend draws the same samples). */
export const PARENT_STYLE: Record<string, Stroke> = {
  birth: { width: 3 },
  adopted: { width: 3, dash: [14, 8] },
  fostered: { width: 3, dash: [3, 7] },
  step: { width: 3, dash: [18, 6, 3, 6] },
  kinship: { width: 3, dash: [8, 5, 3, 5, 3, 5] },
};

type Pt = readonly [number, number];
const cyOf = (p: PlacedPerson) => p.y + SYMBOL / 2;

/**
 * Partners: a straight line between the sides of two symbols next to each other (a U over the top
 * when someone stands between them). Cohabiting is dashed; one slash for separated, two for divorced.
 */
export function partnerPrims(r: Relationship, a: PlacedPerson, b: PlacedPerson): { prims: Prim[]; mid: Pt } {
  const [l, rt] = a.x <= b.x ? [a, b] : [b, a];
  const dash = r.type === 'cohabiting' ? [12, 8] : undefined;
  const sameRow = Math.abs(cyOf(l) - cyOf(rt)) < 1;
  const y = cyOf(l);
  const adjacent = sameRow && rt.x - l.x <= (l.width + rt.width) / 2 + 120;
  let d: string;
  let mid: Pt;
  if (adjacent) {
    d = `${M(l.x + SYMBOL / 2, y)} ${L(rt.x - SYMBOL / 2, cyOf(rt))}`;
    mid = [(l.x + rt.x) / 2, (y + cyOf(rt)) / 2];
  } else {
    const top = Math.min(l.y, rt.y) - 28;
    d = polyline([[l.x, l.y], [l.x, top], [rt.x, top], [rt.x, rt.y]]);
    mid = [(l.x + rt.x) / 2, top];
  }
  const prims: Prim[] = [{ t: 'path', d, stroke: INK, width: 3, ...(dash ? { dash } : {}) }];
  const slashes = r.type === 'divorced' ? 2 : r.type === 'separated' ? 1 : 0;
  for (let i = 0; i < slashes; i++) {
    // Left of the middle, where the line down to the children does not run.
    const sx = mid[0] - 16 - i * 10;
    prims.push({ t: 'path', d: `${M(sx - 6, mid[1] + 12)} ${L(sx + 6, mid[1] - 12)}`, stroke: INK, width: 3 });
  }
  return { prims, mid };
}

/**
 * Children hang from their parents' line: down to a bar above the children, then down to each
 * child, oldest on the left. Twins' lines start from one point; identical twins have a bar between.
 */
export function childrenPrims(
  parents: readonly PlacedPerson[],
  origin: Pt,
  kids: readonly { p: PlacedPerson; type: string }[],
  twins: readonly Relationship[],
): Prim[] {
  if (!kids.length) return [];
  const barY = Math.min(...kids.map((k) => k.p.y)) - 40;
  const prims: Prim[] = [];
  const top = (k: PlacedPerson): Pt => [k.x, k.y];
  const start = new Map<string, number>(kids.map((k) => [k.p.id, k.p.x]));
  for (const t of twins) {
    const a = kids.find((k) => k.p.id === t.a);
    const b = kids.find((k) => k.p.id === t.b);
    if (!a || !b) continue;
    const m = (a.p.x + b.p.x) / 2;
    start.set(a.p.id, m);
    start.set(b.p.id, m);
    if (t.type === 'identical') {
      const hy = barY + (a.p.y - barY) / 2;
      const ax = m + (a.p.x - m) / 2;
      const bx = m + (b.p.x - m) / 2;
      prims.push({ t: 'path', d: `${M(ax, hy)} ${L(bx, hy)}`, stroke: INK, width: 3 });
    }
  }
  const xs = [...start.values(), origin[0]];
  const single = parents.length === 1 ? parents[0] : undefined;
  // One parent on the tree: leave from the side of their label, not through it.
  const from: Pt = single ? [single.x + single.width / 2 + 10, cyOf(single)] : origin;
  if (single) prims.push({ t: 'path', d: `${M(single.x + SYMBOL / 2, from[1])} ${L(from[0], from[1])}`, stroke: INK, width: 3 });
  prims.push({ t: 'path', d: `${M(from[0], from[1])} ${L(from[0], barY)}`, stroke: INK, width: 3 });
  prims.push({ t: 'path', d: `${M(Math.min(...xs, from[0]), barY)} ${L(Math.max(...xs, from[0]), barY)}`, stroke: INK, width: 3 });
  for (const k of kids) {
    const s = start.get(k.p.id)!;
    prims.push({ t: 'path', d: `${M(s, barY)} ${L(...top(k.p))}`, stroke: INK, ...(PARENT_STYLE[k.type] ?? PARENT_STYLE.birth) });
  }
  return prims;
}

/** Points along a curve bowing above the straight line between two symbols, trimmed to their edges. */
function curve(a: PlacedPerson, b: PlacedPerson): Pt[] {
  const [ax, ay, bx, by] = [a.x, cyOf(a), b.x, cyOf(b)];
  const len = Math.hypot(bx - ax, by - ay) || 1;
  const bow = Math.min(120, len * 0.3);
  const [nx, ny] = [(by - ay) / len, -(bx - ax) / len];
  const sign = ny <= 0 ? 1 : -1;
  const [cx, cy] = [(ax + bx) / 2 + nx * bow * sign, (ay + by) / 2 + ny * bow * sign];
  const pts: Pt[] = [];
  for (let i = 0; i <= 40; i++) {
    const t = i / 40;
    const x = (1 - t) ** 2 * ax + 2 * (1 - t) * t * cx + t ** 2 * bx;
    const y = (1 - t) ** 2 * ay + 2 * (1 - t) * t * cy + t ** 2 * by;
    if (Math.hypot(x - ax, y - ay) > SYMBOL / 2 + 8 && Math.hypot(x - bx, y - by) > SYMBOL / 2 + 8) pts.push([x, y]);
  }
  return pts;
}

function offset(pts: readonly Pt[], by: (i: number) => number): Pt[] {
  return pts.map(([x, y], i) => {
    const [px, py] = pts[Math.max(0, i - 1)]!;
    const [qx, qy] = pts[Math.min(pts.length - 1, i + 1)]!;
    const len = Math.hypot(qx - px, qy - py) || 1;
    const d = by(i);
    return [x + ((qy - py) / len) * d, y - ((qx - px) / len) * d] as const;
  });
}

function arrowHead(pts: readonly Pt[]): string {
  const [x, y] = pts[pts.length - 1]!;
  const [px, py] = pts[Math.max(0, pts.length - 3)]!;
  const ang = Math.atan2(y - py, x - px);
  const p = (da: number) => [x - 18 * Math.cos(ang + da), y - 18 * Math.sin(ang + da)] as const;
  return `${polyline([p(0.45), [x, y], p(-0.45)])}`;
}

/** Emotional ties in the usual styles: close (double), distant (dashed), conflict (zigzag), abusive (heavy zigzag, arrow), cut off (bars), coercive control (dotted, arrow). */
export function tiePrims(type: string, a: PlacedPerson, b: PlacedPerson): Prim[] {
  const pts = curve(a, b);
  if (pts.length < 3) return [];
  const zig = (amp: number) => offset(pts, (i) => (i === 0 || i === pts.length - 1 ? 0 : i % 2 ? amp : -amp));
  switch (type) {
    case 'close':
      return [offset(pts, () => 4), offset(pts, () => -4)].map((p) => ({ t: 'path' as const, d: polyline(p), stroke: INK, width: 2 }));
    case 'distant':
      return [{ t: 'path', d: polyline(pts), stroke: INK, width: 3, dash: [10, 10] }];
    case 'conflictual':
      return [{ t: 'path', d: polyline(zig(7)), stroke: INK, width: 2 }];
    case 'abusive':
      return [{ t: 'path', d: polyline(zig(9)), stroke: INK, width: 4 }, { t: 'path', d: arrowHead(pts), stroke: INK, width: 4 }];
    case 'cut_off': {
      const m = Math.floor(pts.length / 2);
      const bars = [m - 2, m + 2].map((i) => offset(pts.slice(i - 1, i + 2), () => 0)).map((seg) => {
        const [x, y] = seg[1]!;
        const [px, py] = seg[0]!;
        const [qx, qy] = seg[2]!;
        const len = Math.hypot(qx - px, qy - py) || 1;
        const [nx, ny] = [(qy - py) / len, -(qx - px) / len];
        return `${M(x + nx * 12, y + ny * 12)} ${L(x - nx * 12, y - ny * 12)}`;
      });
      return [
        { t: 'path', d: polyline(pts.slice(0, m - 1)), stroke: INK, width: 3 },
        { t: 'path', d: polyline(pts.slice(m + 2)), stroke: INK, width: 3 },
        { t: 'path', d: bars.join(' '), stroke: INK, width: 3 },
      ];
    }
    case 'coercive':
      return [{ t: 'path', d: polyline(pts), stroke: INK, width: 3, dash: [2, 7] }, { t: 'path', d: arrowHead(pts), stroke: INK, width: 3 }];
    default:
      return [{ t: 'path', d: polyline(pts), stroke: INK, width: 2 }];
  }
}
