import type { Genogram } from '../schema/projectGenogram.ts';
import type { Person } from '../schema/person.ts';
import type { Locale } from '../i18n/locale.ts';
import { msg } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { layoutGenogram, DEFAULT_SPACING, type Layout, type PlacedPerson, type Spacing } from './layout.ts';
import { LINE_HEIGHT, NAME_SIZE, SYMBOL, nameLines, textWidth } from './metrics.ts';
import { INK, QUIET, PAPER, polyline, type Hit, type Prim, type Scene } from './primitives.ts';
import { childrenPrims, partnerPrims, tiePrims } from './lines.ts';
import { symbolPrims, restrictedBadge } from './symbols.ts';
import { legendNeeds, legendPrims } from './legend.ts';
import { lifeLine } from './words.ts';
import { groupWords, rolesToChildren } from './sentences.ts';

/**
 * GP — The genogram and safety network as a scene: layout, then primitives in drawing order
 * (households behind, then lines, symbols, labels, the network and the legend).
 * For the family audience anything restricted is left out before layout, so no box, line or gap
 * shows where it was.
 */
export interface SceneOptions {
  audience: 'family' | 'professional';
  /** The conference date, for ages. */
  asOf: string;
  /** The language of the words in the picture (ages, the key); English when not given. */
  locale?: Locale;
  children: readonly { id: string; name: string }[];
  legend?: boolean;
  /** Draw the safety network cards beside the tree (the projector lists them in large type instead). */
  network?: boolean;
  /**
   * The projector: rows closer together and no note line under each person, so a family of three
   * generations fits 1080p with names at 24 px or more (the notes are in the list and the record).
   */
  compact?: boolean;
  /** A person being dragged: drawn there (and their lines follow) before the drag is committed. */
  dragging?: { id: string; x: number; y: number } | null;
}

const NOTE_MAX = 26;
const CARD_W = 380;

/** The family never sees what is restricted; the repair in project() already did this, this is belt and braces. */
export function visibleTo(g: Genogram, audience: SceneOptions['audience']): Genogram {
  if (audience === 'professional') return g;
  const people = g.people.filter((p) => !p.restricted);
  const ids = new Set(people.map((p) => p.id));
  const households = g.households.filter((h) => !h.restricted);
  const network = g.network.filter((n) => !n.restricted);
  const owners = new Set([...ids, ...households.map((h) => h.id), ...network.map((n) => n.id)]);
  return {
    people,
    relationships: g.relationships.filter((r) => !r.restricted && ids.has(r.a) && ids.has(r.b)),
    households,
    details: g.details.filter((d) => !d.restricted && owners.has(d.of)),
    network,
  };
}

function labelLines(g: Genogram, p: Person, asOf: string, locale: Locale, maxLines: number): { lines: string[]; note: string } {
  // Under a three-line label (the projector) a long name takes two lines, not three.
  const names = p.name ? nameLines(p.name) : [];
  const lines = names.length > maxLines - 1 ? [names[0]!, names.slice(1).reduce((a, b) => (a.endsWith('-') ? a + b : `${a} ${b}`))] : names;
  const life = lifeLine(p, asOf, locale);
  if (life) lines.push(life);
  // Four lines fit under a symbol; the note takes the last one when the name leaves it free.
  const n = lines.length < maxLines ? (g.details.find((d) => d.of === p.id && d.kind === 'note')?.text ?? '') : '';
  return { lines, note: n.length > NOTE_MAX ? `${n.slice(0, NOTE_MAX - 1)}…` : n };
}

function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + w).length > max) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

function networkCard(n: Genogram['network'][number], children: SceneOptions['children'], locale: Locale): { lines: string[]; height: number } {
  const to = rolesToChildren(n, children, locale);
  const lines = [...wrap(groupWords(locale, n.group) + (to.length ? ` · ${to.join('; ')}` : ''), 33), ...wrap(n.does, 33)].slice(0, 6);
  return { lines, height: 20 + 32 + lines.length * 26 + 12 };
}

function householdPrims(members: PlacedPerson[], label: string, address: string, sp: Spacing): Prim[] {
  const rows = new Map<number, PlacedPerson[]>();
  for (const m of members) rows.set(m.y, [...(rows.get(m.y) ?? []), m]);
  const boxes = [...rows].sort((a, b) => a[0] - b[0]).map(([y, ps]) => ({
    top: y - 18,
    bottom: y + sp.nodeHeight + 40,
    left: Math.min(...ps.map((p) => p.x - p.width / 2)) - 14,
    right: Math.max(...ps.map((p) => p.x + p.width / 2)) + 14,
  }));
  // Rows next to each other join into one outline; a gap of a whole generation starts another.
  const runs: (typeof boxes)[] = [];
  for (const b of boxes) {
    const run = runs[runs.length - 1];
    if (run && b.top - run[run.length - 1]!.bottom < sp.row - sp.nodeHeight) run.push(b);
    else runs.push([b]);
  }
  const prims: Prim[] = [];
  for (const run of runs) {
    const right: [number, number][] = [];
    const left: [number, number][] = [];
    run.forEach((b, i) => {
      const top = i === 0 ? b.top : (run[i - 1]!.bottom + b.top) / 2;
      const bottom = i === run.length - 1 ? b.bottom : (b.bottom + run[i + 1]!.top) / 2;
      right.push([b.right, top], [b.right, bottom]);
      left.unshift([b.left, bottom], [b.left, top]);
    });
    prims.push({ t: 'path', d: `${polyline([...right, ...left])} Z`, stroke: QUIET, width: 3, dash: [12, 8] });
    const last = run[run.length - 1]!;
    prims.push({ t: 'text', x: last.left + 12, y: last.bottom - 30, text: address ? `${label}, ${address}` : label, size: 20, anchor: 'start', italic: true, fill: QUIET });
  }
  return prims;
}

/** GP1 — Build the picture. */
export function buildScene(full: Genogram, opts: SceneOptions): Scene & { layout: Layout } {
  const seen = visibleTo(full, opts.audience);
  const locale = opts.locale ?? 'en';
  const g = opts.network === false ? { ...seen, network: [] } : seen;
  // The projector's type is a little larger and its rows closer, so names read at 24 px or more.
  const T = opts.compact ? { name: 27, life: 25, line: 31, lines: 3 } : { name: NAME_SIZE, life: 22, line: LINE_HEIGHT, lines: 4 };
  const sp: Spacing = opts.compact ? { row: 250, nodeHeight: SYMBOL + 12 + T.lines * T.line } : DEFAULT_SPACING;
  const labels = new Map(g.people.map((p) => [p.id, labelLines(g, p, opts.asOf, locale, T.lines)]));
  const cards = new Map(g.network.map((n) => [n.id, networkCard(n, opts.children, locale)]));
  const layout = layoutGenogram(
    g.people.map((p) => {
      const l = labels.get(p.id)!;
      const pos = opts.dragging?.id === p.id ? { x: opts.dragging.x, y: opts.dragging.y } : p.pos;
      return { id: p.id, born: p.born, household: p.household, pos, width: Math.max(...l.lines.map((t) => textWidth(t, T.name)), textWidth(l.note, 20), SYMBOL) + 20 };
    }),
    g.relationships,
    g.network.map((n) => ({ id: n.id, width: CARD_W, height: cards.get(n.id)!.height })),
    sp,
  );
  const at = (id: string) => layout.people.get(id)!;
  const prims: Prim[] = [];
  const hits: Hit[] = [];
  const pro = opts.audience === 'professional';

  for (const h of g.households) {
    const members = g.people.filter((p) => p.household === h.id).map((p) => at(p.id));
    const address = g.details.find((d) => d.of === h.id && d.kind === 'address');
    if (members.length) prims.push(...householdPrims(members, h.label, address ? (address.restricted && pro ? translate(locale, msg('genogram.restrictedAddress', { address: address.text })) : address.text) : '', sp));
  }
  const origins = new Map<string, readonly [number, number]>();
  for (const r of g.relationships.filter((r) => r.kind === 'partner')) {
    const { prims: ps, mid } = partnerPrims(r, at(r.a), at(r.b));
    prims.push(...ps);
    origins.set([r.a, r.b].sort().join('+'), mid);
  }
  // Children grouped by their parents on the tree: one bar per couple (half-siblings hang from two lines).
  const parentRels = g.relationships.filter((r) => r.kind === 'parent');
  const byParents = new Map<string, { p: PlacedPerson; type: string }[]>();
  for (const child of g.people) {
    const rs = parentRels.filter((r) => r.b === child.id);
    if (!rs.length) continue;
    const key = rs.map((r) => r.a).sort().join('+');
    const type = rs.find((r) => r.type !== 'birth')?.type ?? 'birth';
    byParents.set(key, [...(byParents.get(key) ?? []), { p: at(child.id), type }]);
  }
  const twins = g.relationships.filter((r) => r.kind === 'twin');
  for (const [key, kids] of byParents) {
    const parents = key.split('+').map(at);
    const origin = origins.get(key) ?? ([parents.reduce((s, p) => s + p.x, 0) / parents.length, parents[0]!.y + SYMBOL / 2] as const);
    prims.push(...childrenPrims(parents, origin, kids.sort((a, b) => a.p.x - b.p.x), twins));
  }
  for (const r of g.relationships.filter((r) => r.kind === 'tie')) prims.push(...tiePrims(r.type, at(r.a), at(r.b)));

  for (const p of g.people) {
    const pl = at(p.id);
    prims.push(...symbolPrims(p, pl.x, pl.y, pro && p.restricted));
    const l = labels.get(p.id)!;
    let y = pl.y + SYMBOL + 10;
    l.lines.forEach((text, i) => {
      const isLife = i === l.lines.length - 1 && !!lifeLine(p, opts.asOf, locale);
      prims.push({ t: 'text', x: pl.x, y, text, size: isLife ? T.life : T.name, anchor: 'middle', bold: !isLife });
      y += T.line;
    });
    if (l.note) prims.push({ t: 'text', x: pl.x, y, text: l.note, size: 20, anchor: 'middle', italic: true, fill: QUIET });
    hits.push({ id: p.id, kind: 'person', x: pl.x - pl.width / 2, y: pl.y, w: pl.width, h: sp.nodeHeight });
  }

  if (g.network.length) {
    const first = [...layout.network.values()][0]!;
    prims.push({ t: 'text', x: first.x, y: first.y - 44, text: translate(locale, msg('genogram.safetyNetwork')), size: 26, anchor: 'start', bold: true });
  }
  for (const n of g.network) {
    const b = layout.network.get(n.id)!;
    prims.push({ t: 'rect', x: b.x, y: b.y, w: b.width, h: b.height, r: 12, stroke: INK, width: 2, fill: PAPER });
    prims.push({ t: 'text', x: b.x + 16, y: b.y + 14, text: n.name, size: NAME_SIZE, anchor: 'start', bold: true });
    cards.get(n.id)!.lines.forEach((text, i) => prims.push({ t: 'text', x: b.x + 16, y: b.y + 50 + i * 26, text, size: 20, anchor: 'start' }));
    if (pro && n.restricted) prims.push(...restrictedBadge(b.x + b.width - 36, b.y + 10));
    hits.push({ id: n.id, kind: 'network', x: b.x, y: b.y, w: b.width, h: b.height });
  }

  const { left, top, right, bottom } = layout.bounds;
  // Room below the last row for the household outline and its name.
  let height = bottom - top + 56;
  const x0 = left - 40;
  const y0 = top - (g.network.length ? 90 : 24);
  const w = Math.max(right - left + 80, 400);
  if (opts.legend !== false) {
    const legend = legendPrims(legendNeeds(g, pro), x0 + 40, bottom + 50, w - 80, locale);
    prims.push(...legend.prims);
    height += legend.height + 50;
  }
  return { box: { x: x0, y: y0, w, h: height + (top - y0) }, prims, hits, layout };
}
