import { GAP, LABEL_LINES, LINE_HEIGHT, PARTNER_GAP, ROW, SYMBOL } from './metrics.ts';

/**
 * GL — Automatic genogram layout, a pure function of the people and their lines:
 * - generations on rows (parents above children; partners share a row);
 * - partners side by side (a chain for several partners: ex, person, partner);
 * - children below their parents' line, siblings in birth order, households kept together;
 * - no two symbols overlap; crossings are reduced by ordering rows by their parents' (and
 *   children's) positions;
 * - a person placed by hand stays exactly where they were put, and others move out of their way.
 */

export interface LayoutPerson {
  id: string;
  born: string;
  household: string;
  pos: { x: number; y: number } | null;
  /** Width of the person's label block (the layout keeps at least SYMBOL). */
  width: number;
}
export interface LayoutRelationship {
  kind: string;
  a: string;
  b: string;
}
export interface LayoutBox {
  id: string;
  width: number;
  height: number;
}
/** Where a person is: (x, y) is the centre of the top edge of their symbol. */
export interface PlacedPerson {
  id: string;
  x: number;
  y: number;
  width: number;
  generation: number;
  pinned: boolean;
}
export interface Layout {
  people: Map<string, PlacedPerson>;
  /** Safety network cards around the tree: (x, y) is the top-left corner. */
  network: Map<string, { x: number; y: number; width: number; height: number }>;
  bounds: { left: number; top: number; right: number; bottom: number };
}

/** Rows and the height a person takes (symbol and label lines); the projector packs rows closer. */
export interface Spacing {
  row: number;
  nodeHeight: number;
}
export const DEFAULT_SPACING: Spacing = { row: ROW, nodeHeight: SYMBOL + 12 + LABEL_LINES * LINE_HEIGHT };

/** GL1 — Generations: a child is below every parent, partners and twins share a row. */
function generations(ids: string[], rels: LayoutRelationship[]): Map<string, number> {
  const g = new Map(ids.map((id) => [id, 0]));
  const parents = rels.filter((r) => r.kind === 'parent');
  const level = rels.filter((r) => r.kind === 'partner' || r.kind === 'twin');
  const hasParent = new Set(parents.map((r) => r.b));
  // Monotone (values only grow) and capped: the rules already refuse cycles, the cap guards merges.
  for (let round = 0; round < ids.length + 2; round++) {
    let changed = false;
    const raise = (id: string, v: number) => {
      if ((g.get(id) ?? 0) < v) {
        g.set(id, v);
        changed = true;
      }
    };
    for (const r of parents) raise(r.b, (g.get(r.a) ?? 0) + 1);
    for (const r of level) {
      const m = Math.max(g.get(r.a) ?? 0, g.get(r.b) ?? 0);
      raise(r.a, m);
      raise(r.b, m);
    }
    // Someone with no parents on the tree sits just above their highest child, not at the very top.
    for (const id of ids) {
      if (hasParent.has(id)) continue;
      const kids = parents.filter((r) => r.a === id).map((r) => g.get(r.b) ?? 0);
      if (kids.length) raise(id, Math.min(...kids) - 1);
    }
    if (!changed) break;
  }
  return g;
}

/** GL2 — Partners on one row as a chain: the person with most partners in the middle. */
function units(row: string[], partnerOf: Map<string, string[]>): string[][] {
  const inRow = new Set(row);
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const start of row) {
    if (seen.has(start)) continue;
    const comp: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const cur = stack.pop()!;
      comp.push(cur);
      for (const p of partnerOf.get(cur) ?? []) {
        if (inRow.has(p) && !seen.has(p)) {
          seen.add(p);
          stack.push(p);
        }
      }
    }
    const deg = (id: string) => (partnerOf.get(id) ?? []).filter((p) => inRow.has(p)).length;
    const hub = [...comp].sort((a, b) => deg(b) - deg(a) || (a < b ? -1 : 1))[0]!;
    if (deg(hub) <= 2) {
      // A path: walk it from one end.
      const end = comp.find((id) => deg(id) <= 1) ?? hub;
      const chain: string[] = [];
      const walked = new Set<string>();
      let cur: string | undefined = end;
      while (cur && !walked.has(cur)) {
        chain.push(cur);
        walked.add(cur);
        cur = (partnerOf.get(cur) ?? []).find((p) => inRow.has(p) && !walked.has(p));
      }
      for (const id of comp) if (!walked.has(id)) chain.push(id);
      out.push(chain);
    } else {
      // Several partners: they alternate either side of the person they share, in breadth-first order.
      const left: string[] = [];
      const right: string[] = [];
      const order = comp.filter((id) => id !== hub).sort((a, b) => (a < b ? -1 : 1));
      order.forEach((id, i) => (i % 2 ? right.push(id) : left.unshift(id)));
      out.push([...left, hub, ...right]);
    }
  }
  return out;
}

interface Unit {
  members: string[];
  key: number;
  born: string;
}

function unitWidth(u: string[], width: (id: string) => number, partners: (a: string, b: string) => boolean): number {
  let w = 0;
  u.forEach((id, i) => {
    w += width(id);
    if (i > 0) w += partners(u[i - 1]!, id) ? PARTNER_GAP : GAP;
  });
  return w;
}

/** Place units left to right near their wished-for centres without overlap (average of a left-packed and a right-packed pass). */
function placeRow(us: Unit[], width: (id: string) => number, partners: (a: string, b: string) => boolean, x: Map<string, number>): void {
  const ws = us.map((u) => unitWidth(u.members, width, partners));
  const want = us.map((u, i) => u.key - ws[i]! / 2);
  const left: number[] = [];
  us.forEach((_, i) => left.push(i === 0 ? want[0]! : Math.max(want[i]!, left[i - 1]! + ws[i - 1]! + GAP)));
  const right: number[] = new Array(us.length);
  for (let i = us.length - 1; i >= 0; i--) right[i] = i === us.length - 1 ? want[i]! : Math.min(want[i]!, right[i + 1]! - ws[i]! - GAP);
  us.forEach((u, i) => {
    let cursor = (left[i]! + right[i]!) / 2;
    u.members.forEach((id, j) => {
      if (j > 0) cursor += partners(u.members[j - 1]!, id) ? PARTNER_GAP : GAP;
      x.set(id, cursor + width(id) / 2);
      cursor += width(id);
    });
  });
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** GL — Lay out the tree, then the safety network around it. */
export function layoutGenogram(people: readonly LayoutPerson[], rels: readonly LayoutRelationship[], network: readonly LayoutBox[] = [], sp: Spacing = DEFAULT_SPACING): Layout {
  const ids = people.map((p) => p.id);
  const byId = new Map(people.map((p) => [p.id, p]));
  const known = rels.filter((r) => byId.has(r.a) && byId.has(r.b) && r.a !== r.b);
  const gen = generations(ids, known);
  const partnerOf = new Map<string, string[]>();
  const parentsOf = new Map<string, string[]>();
  const childrenOf = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => m.set(k, [...(m.get(k) ?? []), v]);
  for (const r of known) {
    if (r.kind === 'partner') {
      push(partnerOf, r.a, r.b);
      push(partnerOf, r.b, r.a);
    }
    if (r.kind === 'parent') {
      push(parentsOf, r.b, r.a);
      push(childrenOf, r.a, r.b);
    }
  }
  const partners = (a: string, b: string) => (partnerOf.get(a) ?? []).includes(b);
  const width = (id: string) => Math.max(SYMBOL, byId.get(id)?.width ?? SYMBOL);
  const rowCount = Math.max(0, ...gen.values()) + 1;
  const rows: string[][] = Array.from({ length: rowCount }, () => []);
  // Oldest first within a row, so siblings come in birth order when their parents are the same.
  const byBirth = (a: string, b: string) => {
    const pa = byId.get(a)!.born || '9999';
    const pb = byId.get(b)!.born || '9999';
    return pa < pb ? -1 : pa > pb ? 1 : a < b ? -1 : 1;
  };
  for (const id of [...ids].sort(byBirth)) rows[gen.get(id)!]!.push(id);
  const rowUnits = rows.map((r) => units(r, partnerOf).map((members) => ({ members, key: NaN, born: byId.get(members[0]!)!.born || '9999' })));

  const x = new Map<string, number>();
  // Start from a plain left-to-right order, then sweep down, up and down again.
  rowUnits.forEach((us) => placeRow(us.map((u, i) => ({ ...u, key: i * 200 })), width, partners, x));
  const anchor = (id: string, dir: 'down' | 'up'): number => {
    const rel = dir === 'down' ? parentsOf.get(id) : childrenOf.get(id);
    const v = mean((rel ?? []).map((p) => x.get(p)!).filter((n) => n !== undefined));
    if (!Number.isNaN(v)) return v;
    // No parents (or children) on the tree: stay near the people they live with.
    const hh = byId.get(id)!.household;
    return hh ? mean(people.filter((p) => p.household === hh && p.id !== id).map((p) => x.get(p.id)!)) : NaN;
  };
  const sweep = (r: number, dir: 'down' | 'up') => {
    const us = rowUnits[r]!;
    for (const u of us) {
      // Orient a chain so that the partner whose family is further left sits on the left.
      const a = u.members.map((m) => anchor(m, dir));
      const known2 = a.map((v, i) => [i, v] as const).filter(([, v]) => !Number.isNaN(v));
      if (known2.length >= 2 && known2[0]![1] > known2[known2.length - 1]![1]) u.members.reverse();
      const k = mean(u.members.map((m) => anchor(m, dir)).filter((v) => !Number.isNaN(v)));
      u.key = Number.isNaN(k) ? mean(u.members.map((m) => x.get(m)!)) : k;
    }
    us.sort((p, q) => p.key - q.key || (p.born < q.born ? -1 : p.born > q.born ? 1 : 0));
    placeRow(us, width, partners, x);
  };
  for (let r = 1; r < rowCount; r++) sweep(r, 'down');
  for (let r = rowCount - 2; r >= 0; r--) sweep(r, 'up');
  for (let r = 1; r < rowCount; r++) sweep(r, 'down');

  const placed = new Map<string, PlacedPerson>();
  for (const p of people) {
    const g = gen.get(p.id)!;
    placed.set(p.id, p.pos
      ? { id: p.id, x: p.pos.x, y: p.pos.y, width: width(p.id), generation: g, pinned: true }
      : { id: p.id, x: x.get(p.id)!, y: g * sp.row, width: width(p.id), generation: g, pinned: false });
  }
  clearPinned(placed, sp);
  return { people: placed, ...placeNetwork(placed, network, sp) };
}

function overlaps(a: PlacedPerson, b: PlacedPerson, sp: Spacing): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 + GAP / 2 && Math.abs(a.y - b.y) < sp.nodeHeight;
}

/** GL4 — Move people placed by the layout out of the way of people placed by hand (to the right, keeping row order). */
function clearPinned(placed: Map<string, PlacedPerson>, sp: Spacing): void {
  const pinned = [...placed.values()].filter((p) => p.pinned);
  if (!pinned.length) return;
  const rows = new Map<number, PlacedPerson[]>();
  for (const p of placed.values()) if (!p.pinned) rows.set(p.y, [...(rows.get(p.y) ?? []), p]);
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    for (let i = 0; i < row.length; i++) {
      const p = row[i]!;
      if (i > 0) {
        const prev = row[i - 1]!;
        p.x = Math.max(p.x, prev.x + (prev.width + p.width) / 2 + GAP);
      }
      // Each move is to the right of a pinned box, so this ends after at most one move per pinned person.
      for (let guard = 0; guard <= pinned.length; guard++) {
        const hit = pinned.find((q) => overlaps(p, q, sp));
        if (!hit) break;
        p.x = hit.x + (hit.width + p.width) / 2 + GAP;
      }
    }
  }
}

/** GL5 — The safety network in columns to the right of the tree, as tall as the tree allows. */
function placeNetwork(placed: Map<string, PlacedPerson>, network: readonly LayoutBox[], sp: Spacing): Pick<Layout, 'network' | 'bounds'> {
  const ps = [...placed.values()];
  const left = ps.length ? Math.min(...ps.map((p) => p.x - p.width / 2)) : 0;
  const right = ps.length ? Math.max(...ps.map((p) => p.x + p.width / 2)) : 0;
  const top = ps.length ? Math.min(...ps.map((p) => p.y)) : 0;
  const treeBottom = ps.length ? Math.max(...ps.map((p) => p.y + sp.nodeHeight)) : 0;
  const columnHeight = Math.max(treeBottom - top, 2 * sp.row);
  const out = new Map<string, { x: number; y: number; width: number; height: number }>();
  let colX = right + (ps.length ? 2 * GAP + 40 : 0);
  let y = top;
  let colWidth = 0;
  for (const n of network) {
    if (y > top && y + n.height > top + columnHeight) {
      colX += colWidth + GAP;
      y = top;
      colWidth = 0;
    }
    out.set(n.id, { x: colX, y, width: n.width, height: n.height });
    y += n.height + GAP / 2;
    colWidth = Math.max(colWidth, n.width);
  }
  const bottom = Math.max(treeBottom, ...[...out.values()].map((b) => b.y + b.height));
  return { network: out, bounds: { left, top, right: out.size ? Math.max(right, colX + colWidth) : right, bottom } };
}

export const GENOGRAM_NODE_HEIGHT = DEFAULT_SPACING.nodeHeight;
