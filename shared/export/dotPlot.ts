import { median } from '../rules/scaling.ts';
import type { ScalingRound } from '../schema/project.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { msg, type MessageId } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

/** Text inside SVG markup: the five XML specials escaped, control characters dropped. */
export function svgText(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Up to `maxLines` lines of about `width` characters, the last one ending in "…" when cut. */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1)}…`;
    return kept;
  }
  return lines;
}

/** Vertical distance between dots of the same score. */
const STACK = 46;
const FONT = "font-family=\"Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif\"";

/**
 * EX5 — The revealed scores of one scaling round as an SVG dot plot, drawn as the projector shows
 * it: a 0–10 line with the meaning of both ends under it, one dot per person labelled by role,
 * family and professionals on separate rows, each row's middle score marked, its words in `locale`.
 * Pure: the same string in the browser and on the server.
 */
export function dotPlotSvg(round: ScalingRound, locale: Locale): { svg: string; width: number; height: number } {
  const t = (id: MessageId, values?: Record<string, string | number>) => translate(locale, msg(id, values));
  const width = 760;
  const left = 140;
  const right = 40;
  const x = (score: number) => left + (score * (width - left - right)) / 10;
  const rows = [
    { family: true, label: t('dotPlot.family'), results: round.results.filter((r) => r.group === 'family') },
    { family: false, label: t('dotPlot.professionals'), results: round.results.filter((r) => r.group === 'professional') },
  ];
  const out: string[] = [];
  let y = 30;
  for (const row of rows) {
    const stacks = new Map<number, number>();
    for (const r of row.results) stacks.set(r.score, (stacks.get(r.score) ?? 0) + 1);
    const tallest = Math.max(1, ...stacks.values());
    const rowHeight = 30 + tallest * STACK;
    const base = y + rowHeight - 14;
    out.push(`<text x="10" y="${base + 5}" font-size="16" font-weight="bold" ${FONT}>${svgText(row.label)}</text>`);
    out.push(`<line x1="${left}" y1="${base}" x2="${width - right}" y2="${base}" stroke="#b1b4b6" stroke-width="1"/>`);
    const placed = new Map<number, number>();
    const columns = [...new Set(row.results.map((r) => r.score))].sort((a, b) => a - b);
    for (const r of row.results) {
      const n = placed.get(r.score) ?? 0;
      placed.set(r.score, n + 1);
      const cy = base - n * STACK;
      // Neighbouring columns put their labels at two heights, so labels of adjacent scores do not overlap.
      const lift = columns.indexOf(r.score) % 2 === 0 ? 13 : 28;
      out.push(`<circle cx="${x(r.score)}" cy="${cy}" r="9" fill="${row.family ? '#1d70b8' : '#0b0c0c'}"/>`);
      out.push(`<text x="${x(r.score)}" y="${cy - lift}" font-size="12" text-anchor="middle" ${FONT}>${svgText(t(`role.${r.role}` as MessageId))}</text>`);
    }
    const m = median(row.results.map((r) => r.score));
    if (m !== null) {
      out.push(`<path d="M ${x(m) - 7} ${base + 16} L ${x(m) + 7} ${base + 16} L ${x(m)} ${base + 8} Z" fill="#d4351c"/>`);
      out.push(`<text x="${x(m) + 12}" y="${base + 21}" font-size="12" ${FONT}>${svgText(t('dotPlot.middle', { score: formatNumber(locale, m) }))}</text>`);
    }
    y += rowHeight + 24;
  }
  const axis = y + 6;
  out.push(`<line x1="${left}" y1="${axis}" x2="${width - right}" y2="${axis}" stroke="#0b0c0c" stroke-width="2"/>`);
  for (let s = 0; s <= 10; s++) {
    out.push(`<line x1="${x(s)}" y1="${axis - 6}" x2="${x(s)}" y2="${axis + 6}" stroke="#0b0c0c" stroke-width="2"/>`);
    out.push(`<text x="${x(s)}" y="${axis + 24}" font-size="15" text-anchor="middle" ${FONT}>${s}</text>`);
  }
  const anchor = (text: string, at: number, align: 'start' | 'end') =>
    wrap(text, 42, 3).map((line, i) => `<text x="${at}" y="${axis + 46 + i * 17}" font-size="13" text-anchor="${align}" ${FONT}>${svgText(line)}</text>`);
  out.push(...anchor(t('dotPlot.end', { score: 0, meaning: round.anchor0 }), x(0) - 10, 'start'),
    ...anchor(t('dotPlot.end', { score: 10, meaning: round.anchor10 }), x(10) + 10, 'end'));
  const height = axis + 46 + 3 * 17 + 8;
  return {
    width,
    height,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}</svg>`,
  };
}
