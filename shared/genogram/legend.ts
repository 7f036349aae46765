import { LANGUAGE_TAG, type Locale } from '../i18n/locale.ts';
import { msg, type MessageId } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { INK, M, L, QUIET, type Prim } from './primitives.ts';
import { PARENT_STYLE, tiePrims } from './lines.ts';
import { shapePath, symbolPrims } from './symbols.ts';
import { textWidth } from './metrics.ts';
import type { PlacedPerson } from './layout.ts';
import type { Genogram } from '../schema/projectGenogram.ts';

/** What the legend explains: the symbols always, and each kind of line the picture uses. */
export interface LegendNeeds {
  kinds: Set<string>;
  partnerTypes: Set<string>;
  parentTypes: Set<string>;
  tieTypes: Set<string>;
  households: boolean;
  restricted: boolean;
}

const CELL_W = 300;

/** What a genogram's legend must explain. */
export function legendNeeds(g: Genogram, professional: boolean): LegendNeeds {
  return {
    kinds: new Set(g.people.map((p) => p.kind)),
    partnerTypes: new Set(g.relationships.filter((r) => r.kind === 'partner').map((r) => r.type)),
    parentTypes: new Set(g.relationships.filter((r) => r.kind === 'parent').map((r) => r.type)),
    tieTypes: new Set(g.relationships.filter((r) => r.kind === 'tie').map((r) => r.type)),
    households: g.households.length > 0,
    restricted: professional && [...g.people, ...g.relationships, ...g.households, ...g.details, ...g.network].some((e) => e.restricted),
  };
}
const CELL_H = 60;

type Sample = (x: number, y: number) => Prim[];

const person = (gender: 'male' | 'female' | 'other', extra: Record<string, unknown> = {}): Sample => (x, y) =>
  symbolPrims({ gender, kind: 'person', deceased: false, died: '', childId: '', ...extra }, x + 24, y, false).map((p) =>
    p.t === 'path' ? { ...p, d: shapePath(gender, x + 24, y + 8, 32) } : p,
  );

function line(stroke: Partial<Prim & { dash: number[]; width: number }>): Sample {
  return (x, y) => [{ t: 'path', d: `${M(x, y + 24)} ${L(x + 64, y + 24)}`, stroke: INK, width: 3, ...stroke } as Prim];
}

const fake = (x: number, y: number): PlacedPerson => ({ id: '', x, y: y - 32 + 24, width: 0, generation: 0, pinned: false });

const LABEL_SIZE = 20;
const LABEL_X = 80;

/** A label in the width of its cell: Welsh labels run longer, so a long one takes two lines rather than run into the next cell. */
function labelLines(label: string): string[] {
  const room = CELL_W - LABEL_X - 12;
  if (textWidth(label, LABEL_SIZE) <= room) return [label];
  const words = label.split(' ');
  let first = words[0]!;
  let i = 1;
  while (i < words.length && textWidth(`${first} ${words[i]}`, LABEL_SIZE) <= room) first = `${first} ${words[i++]}`;
  return i < words.length ? [first, words.slice(i).join(' ')] : [first];
}

/**
 * GK — The legend as rows of samples with plain words in `locale`, starting at (x, y) and wrapping at
 * `width`. Given several languages (the projector of a bilingual conference), each sample is named
 * in each, the first language first and the others under it (the same ink: never fainter), marked with their language.
 */
export function legendPrims(needs: LegendNeeds, x: number, y: number, width: number, locale: Locale | readonly Locale[]): { prims: Prim[]; height: number } {
  const locales: readonly Locale[] = typeof locale === 'string' ? [locale] : locale;
  const first = locales[0] ?? 'en';
  const sayIn = (l: Locale, key: string) => translate(l, msg(`genogram.legend.${key}` as MessageId));
  const say = (key: string) => sayIn(first, key);
  // Each sample with its key in the catalogue (genogram.legend.*).
  const items: [Sample, string][] = [
    [person('male'), 'male'],
    [person('female'), 'female'],
    [person('other'), 'other'],
    [(sx, sy) => [{ t: 'path', d: shapePath('female', sx + 24, sy + 4, 40), stroke: INK, width: 3 }, { t: 'path', d: shapePath('female', sx + 24, sy + 10, 28), stroke: INK, width: 3 }], 'child'],
    [(sx, sy) => [{ t: 'path', d: shapePath('male', sx + 24, sy + 8, 32), stroke: INK, width: 3 }, { t: 'path', d: `${M(sx + 4, sy + 4)} ${L(sx + 44, sy + 44)} ${M(sx + 44, sy + 4)} ${L(sx + 4, sy + 44)}`, stroke: INK, width: 3 }], 'died'],
  ];
  if (needs.kinds.has('pregnancy')) items.push([(sx, sy) => [{ t: 'path', d: `${M(sx + 24, sy + 6)} ${L(sx + 44, sy + 42)} ${L(sx + 4, sy + 42)} Z`, stroke: INK, width: 3 }], 'pregnancy']);
  if (needs.kinds.has('miscarriage')) items.push([(sx, sy) => [{ t: 'path', d: `${M(sx + 24, sy + 14)} ${L(sx + 36, sy + 36)} ${L(sx + 12, sy + 36)} Z`, stroke: INK, width: 2, fill: INK }], 'miscarriage']);
  const partner: Record<string, Sample> = {
    married: line({}),
    widowed: line({}),
    cohabiting: line({ dash: [12, 8] }),
    separated: (sx, sy) => [...line({})(sx, sy), { t: 'path', d: `${M(sx + 26, sy + 36)} ${L(sx + 38, sy + 12)}`, stroke: INK, width: 3 }],
    divorced: (sx, sy) => [...line({})(sx, sy), { t: 'path', d: `${M(sx + 20, sy + 36)} ${L(sx + 32, sy + 12)} ${M(sx + 32, sy + 36)} ${L(sx + 44, sy + 12)}`, stroke: INK, width: 3 }],
  };
  for (const t of ['married', 'cohabiting', 'separated', 'divorced', 'widowed']) {
    if (needs.partnerTypes.has(t)) items.push([partner[t]!, t]);
  }
  for (const t of ['adopted', 'fostered', 'step', 'kinship']) {
    if (needs.parentTypes.has(t)) items.push([line(PARENT_STYLE[t]!), t]);
  }
  for (const t of ['close', 'distant', 'conflictual', 'abusive', 'cut_off', 'coercive']) {
    if (needs.tieTypes.has(t)) items.push([(sx, sy) => tiePrims(t, fake(sx - 30, sy), fake(sx + 110, sy)), t]);
  }
  if (needs.households) items.push([(sx, sy) => [{ t: 'rect', x: sx, y: sy + 4, w: 56, h: 40, r: 8, stroke: QUIET, width: 3, dash: [10, 7] }], 'household']);
  if (needs.restricted) items.push([(sx, sy) => [{ t: 'rect', x: sx + 10, y: sy + 12, w: 28, h: 24, r: 4, fill: INK }, { t: 'text', x: sx + 24, y: sy + 15, text: 'P', size: 18, anchor: 'middle', bold: true, fill: '#fff' }], 'restricted']);

  const perRow = Math.max(1, Math.floor(width / CELL_W));
  // Each label's lines in each language: the first as it was said above, the others translated from the same key.
  const others = locales.slice(1);
  const keyed = items.map(([sample, key]) => {
    const lines: { text: string; lang?: Locale }[] = labelLines(say(key)).map((text) => ({ text }));
    for (const l of others) lines.push(...labelLines(sayIn(l, key)).map((text) => ({ text, lang: l })));
    return { sample, lines };
  });
  const cellH = Math.max(CELL_H, 12 + 24 * Math.max(0, ...keyed.map((k) => k.lines.length)));
  const prims: Prim[] = [{ t: 'text', x, y, text: say('title'), size: 26, anchor: 'start', bold: true }];
  others.forEach((l) => prims.push({ t: 'text', x: x + textWidth(say('title'), 26) + 12, y, text: `/ ${sayIn(l, 'title')}`, size: 26, anchor: 'start', bold: true, lang: LANGUAGE_TAG[l] }));
  keyed.forEach(({ sample, lines }, i) => {
    const cx = x + (i % perRow) * CELL_W;
    const cy = y + 40 + Math.floor(i / perRow) * cellH;
    // One line sits level with the sample's middle; two lines share it; more start at its top.
    const top = lines.length === 1 ? cy + 12 : cy;
    prims.push(
      ...sample(cx, cy),
      ...lines.map((line, n): Prim => ({ t: 'text', x: cx + LABEL_X, y: top + n * 24, text: line.text, size: LABEL_SIZE, anchor: 'start', ...(line.lang ? { lang: LANGUAGE_TAG[line.lang] } : {}) })),
    );
  });
  return { prims, height: 40 + Math.ceil(items.length / perRow) * cellH };
}
