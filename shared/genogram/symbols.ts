import type { Person } from '../schema/person.ts';
import { INK, M, L, PAPER, circlePath, polyline, type Prim } from './primitives.ts';
import { SYMBOL } from './metrics.ts';

/**
 * McGoldrick symbols: square (male), circle (female), diamond (another gender or not known);
 * a triangle for a pregnancy, a small filled triangle for a miscarriage; a double outline for a
 * child the meeting is about; a cross through someone who has died.
 */
export function shapePath(gender: Person['gender'], x: number, top: number, size: number): string {
  const h = size / 2;
  const cy = top + h;
  if (gender === 'male') return `${M(x - h, top)} ${L(x + h, top)} ${L(x + h, top + size)} ${L(x - h, top + size)} Z`;
  if (gender === 'female') return circlePath(x, cy, h);
  return `${M(x, top)} ${L(x + h, cy)} ${L(x, top + size)} ${L(x - h, cy)} Z`;
}

export function symbolPrims(p: Pick<Person, 'gender' | 'kind' | 'deceased' | 'died' | 'childId'>, x: number, top: number, restrictedMark: boolean): Prim[] {
  const s = SYMBOL;
  const out: Prim[] = [];
  if (p.kind === 'pregnancy') {
    out.push({ t: 'path', d: `${polyline([[x, top + 4], [x + s / 2, top + s], [x - s / 2, top + s]])} Z`, stroke: INK, width: 3, fill: PAPER });
  } else if (p.kind === 'miscarriage') {
    const q = s / 4;
    out.push({ t: 'path', d: `${polyline([[x, top + s / 2 - q], [x + q, top + s / 2 + q], [x - q, top + s / 2 + q]])} Z`, stroke: INK, width: 2, fill: INK });
  } else {
    out.push({ t: 'path', d: shapePath(p.gender, x, top, s), stroke: INK, width: 3, fill: PAPER });
    // The children the meeting is about: a second outline inside the first.
    if (p.childId) out.push({ t: 'path', d: shapePath(p.gender, x, top + 8, s - 16), stroke: INK, width: 3 });
  }
  if (p.deceased || p.died) {
    const o = s / 2 + 6;
    const cy = top + s / 2;
    out.push({ t: 'path', d: `${M(x - o, cy - o)} ${L(x + o, cy + o)} ${M(x + o, cy - o)} ${L(x - o, cy + o)}`, stroke: INK, width: 3 });
  }
  if (restrictedMark) out.push(...restrictedBadge(x + s / 2 - 4, top - 10));
  return out;
}

/** A small dark tag with "P" on what only professionals see (never drawn for the family). */
export function restrictedBadge(x: number, y: number): Prim[] {
  return [
    { t: 'rect', x, y, w: 28, h: 24, r: 4, fill: INK },
    { t: 'text', x: x + 14, y: y + 3, text: 'P', size: 18, anchor: 'middle', bold: true, fill: PAPER },
  ];
}
