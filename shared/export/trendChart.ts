import type { Trend, TrendColumn, TrendLine } from '../rules/trend.ts';
import { svgText } from './dotPlot.ts';

export interface TrendLabels {
  /** Two short lines under each column: "16 Dec 2024", "Initial" (or "Today"). */
  column(c: TrendColumn): readonly string[];
  /** A person's label ("Kerys Brightwater, Parent") or a role's ("Parent"). */
  line(l: TrendLine, by: 'person' | 'role'): string;
  safer: string;
  lessSafe: string;
  /** Under a column asked the other way round (10 = least safe). */
  reversed: string;
  /** After the name of a line with no score in the last column ("no score today"). */
  noLatest(c: TrendColumn): string;
}

const FONT = "font-family=\"Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif\"";
/** GOV.UK palette colours (the light ones darkened) that stay apart on a projector and in print, each with white numbers at 4.5:1 or more. */
const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#912b88', '#b35900', '#147a70', '#0b0c0c', '#85602a', '#4c2c92', '#505a5f'];
/** Sized so that, at the width it is shown (the projector's stage, a laptop's column, the record's page), a name reads at body size. */
/** The colour of the `index`th line, for a key beside the chart that names it in words. */
export const trendColour = (index: number): string => COLOURS[index % COLOURS.length]!;
const DOT = 17;
const LABEL_GAP = 27;
/** Quiet grey for the leader of a line that stops before the last column (and for the today band's edge). */
const GREY = '#505a5f';

/**
 * TR5 — The trend as an SVG line chart, the same string in the browser, on the projector and in the
 * record: one column per conference (today last), one line per person (or role) placed on the
 * higher-is-safer scale (TR2), each dot carrying the score exactly as it was revealed (TR1). Pure.
 */
export function trendChartSvg(trend: Trend, labels: TrendLabels, by: 'person' | 'role', opts: { compact?: boolean } = {}): { svg: string; width: number; height: number } {
  const lines = by === 'person' ? trend.people : trend.roles;
  const n = trend.columns.length;
  // Compact (a phone): no names beside the lines, so the numbers stay readable at a phone's width;
  // the screen lists the names and numbers under it.
  const compact = opts.compact === true;
  const width = compact ? 600 : 1000;
  const left = compact ? 175 : 170;
  const labelArea = compact ? 120 : 400;
  const plotRight = width - labelArea;
  const top = 110;
  const plotHeight = 400;
  const x = (i: number) => (n <= 1 ? (left + plotRight) / 2 : left + (i * (plotRight - left)) / (n - 1));
  const y = (safer: number) => top + plotHeight - (safer * plotHeight) / 10;
  const out: string[] = [];
  const lastColumn = trend.columns[n - 1];

  // "Where we are now": today's column stands on a pale band, so it reads as now without words or colour alone.
  if (lastColumn?.today) out.push(`<rect x="${x(n - 1) - 48}" y="6" width="96" height="${top + plotHeight + 18}" fill="#f3f2f1"/>`);

  // The axis: safer at the top, whatever each round asked.
  out.push(`<line x1="${left - 50}" y1="${top}" x2="${left - 50}" y2="${top + plotHeight}" stroke="#0b0c0c" stroke-width="2"/>`);
  for (const s of [0, 5, 10]) {
    out.push(`<line x1="${left - 56}" y1="${y(s)}" x2="${plotRight + 24}" y2="${y(s)}" stroke="#b1b4b6" stroke-width="1" stroke-dasharray="${s === 5 ? '4 4' : '0'}"/>`);
  }
  out.push(`<text x="${left - 62}" y="${top + 7}" font-size="20" font-weight="bold" text-anchor="end" ${FONT}>${svgText(labels.safer)}</text>`);
  out.push(`<text x="${left - 62}" y="${top + plotHeight + 7}" font-size="20" font-weight="bold" text-anchor="end" ${FONT}>${svgText(labels.lessSafe)}</text>`);

  trend.columns.forEach((c, i) => {
    const [a = '', b = ''] = labels.column(c);
    out.push(`<text x="${x(i)}" y="32" font-size="22" font-weight="bold" text-anchor="middle" ${FONT}>${svgText(a)}</text>`);
    out.push(`<text x="${x(i)}" y="58" font-size="20" text-anchor="middle" ${FONT}>${svgText(b)}</text>`);
    if (c.direction === 'higher_is_riskier') out.push(`<text x="${x(i)}" y="82" font-size="16" font-style="italic" text-anchor="middle" ${FONT}>${svgText(labels.reversed)}</text>`);
  });

  // Dots with the same score in the same column sit side by side, so every number can be read.
  const placed = new Map<string, number>();
  const crowd = new Map<string, number>();
  for (const l of lines) l.safer.forEach((s, i) => s !== null && crowd.set(`${i}:${s}`, (crowd.get(`${i}:${s}`) ?? 0) + 1));
  const points = lines.map((l) => l.safer.map((s, i) => {
    if (s === null) return null;
    const k = `${i}:${s}`;
    const at = placed.get(k) ?? 0;
    placed.set(k, at + 1);
    const count = crowd.get(k) ?? 1;
    return { x: x(i) + (at - (count - 1) / 2) * (DOT * 2 + 2), y: y(s), raw: l.scores[i]! };
  }));

  lines.forEach((_line, li) => {
    const colour = COLOURS[li % COLOURS.length]!;
    const known = points[li]!.filter((p): p is NonNullable<typeof p> => p !== null);
    if (known.length > 1) out.push(`<polyline points="${known.map((p) => `${p.x},${p.y}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="4"/>`);
    for (const p of known) {
      out.push(`<circle cx="${p.x}" cy="${p.y}" r="${DOT}" fill="${colour}" stroke="#ffffff" stroke-width="2"/>`);
      out.push(`<text x="${p.x}" y="${p.y + 6}" font-size="18" font-weight="bold" fill="#ffffff" text-anchor="middle" ${FONT}>${svgText(String(p.raw))}</text>`);
    }
  });

  // Names at the right, beside each line's last score, pushed apart so none overlap. A line that stops
  // before the last column is led to its name by a thin dashed grey line and says so in words, so it
  // never reads as the same score now.
  const ends = lines.map((l, li) => ({ li, l, end: [...points[li]!].reverse().find((p) => p !== null) ?? null, latest: points[li]![n - 1] != null }))
    .filter((e): e is { li: number; l: TrendLine; end: NonNullable<typeof e.end>; latest: boolean } => e.end !== null)
    .sort((a, b) => a.end.y - b.end.y);
  let last = -Infinity;
  for (const e of compact ? [] : ends) {
    const ly = Math.max(e.end.y, last + LABEL_GAP);
    last = ly;
    const colour = COLOURS[e.li % COLOURS.length]!;
    const lx = plotRight + 44;
    const name = svgText(labels.line(e.l, by));
    if (e.latest) {
      out.push(`<line x1="${e.end.x + DOT + 2}" y1="${e.end.y}" x2="${lx - 4}" y2="${ly}" stroke="${colour}" stroke-width="1.5"/>`);
      out.push(`<text x="${lx}" y="${ly + 6}" font-size="19" fill="${colour}" ${FONT}>${name}</text>`);
    } else {
      out.push(`<line x1="${e.end.x + DOT + 2}" y1="${e.end.y}" x2="${lx - 4}" y2="${ly}" stroke="${GREY}" stroke-width="1" stroke-dasharray="3 5"/>`);
      // The words go on a second line, so a long name and role still fit beside the chart.
      out.push(`<text x="${lx}" y="${ly + 6}" font-size="19" fill="${colour}" ${FONT}>${name}<tspan x="${lx}" dy="20" font-size="16" fill="${GREY}" font-style="italic">${svgText(labels.noLatest(lastColumn!))}</tspan></text>`);
      last += 18;
    }
  }
  const height = Math.max(top + plotHeight + 30, last + 30);
  return {
    width,
    height,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}</svg>`,
  };
}

/** TR5: the chart in words, for alt text and screen readers: each line's scores in column order. */
export function trendSentences(trend: Trend, labels: TrendLabels, by: 'person' | 'role'): string[] {
  const lines = by === 'person' ? trend.people : trend.roles;
  return lines.map((l) => {
    const parts = trend.columns.flatMap((c, i) => (l.scores[i] === null ? [] : [`${l.scores[i]} (${labels.column(c).join(', ')})`]));
    return `${labels.line(l, by)}: ${parts.join('; ')}.`;
  });
}
