import type { Locale } from '../i18n/locale.ts';
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

/** GK — The legend as rows of samples with plain words in `locale`, starting at (x, y) and wrapping at `width`. */
export function legendPrims(needs: LegendNeeds, x: number, y: number, width: number, locale: Locale): { prims: Prim[]; height: number } {
  const say = (key: string) => translate(locale, msg(`genogram.legend.${key}` as MessageId));
  const items: [Sample, string][] = [
    [person('male'), say('male')],
    [person('female'), say('female')],
    [person('other'), say('other')],
    [(sx, sy) => [{ t: 'path', d: shapePath('female', sx + 24, sy + 4, 40), stroke: INK, width: 3 }, { t: 'path', d: shapePath('female', sx + 24, sy + 10, 28), stroke: INK, width: 3 }], say('child')],
    [(sx, sy) => [{ t: 'path', d: shapePath('male', sx + 24, sy + 8, 32), stroke: INK, width: 3 }, { t: 'path', d: `${M(sx + 4, sy + 4)} ${L(sx + 44, sy + 44)} ${M(sx + 44, sy + 4)} ${L(sx + 4, sy + 44)}`, stroke: INK, width: 3 }], say('died')],
  ];
  if (needs.kinds.has('pregnancy')) items.push([(sx, sy) => [{ t: 'path', d: `${M(sx + 24, sy + 6)} ${L(sx + 44, sy + 42)} ${L(sx + 4, sy + 42)} Z`, stroke: INK, width: 3 }], say('pregnancy')]);
  if (needs.kinds.has('miscarriage')) items.push([(sx, sy) => [{ t: 'path', d: `${M(sx + 24, sy + 14)} ${L(sx + 36, sy + 36)} ${L(sx + 12, sy + 36)} Z`, stroke: INK, width: 2, fill: INK }], say('miscarriage')]);
  const partner: Record<string, Sample> = {
    married: line({}),
    widowed: line({}),
    cohabiting: line({ dash: [12, 8] }),
    separated: (sx, sy) => [...line({})(sx, sy), { t: 'path', d: `${M(sx + 26, sy + 36)} ${L(sx + 38, sy + 12)}`, stroke: INK, width: 3 }],
    divorced: (sx, sy) => [...line({})(sx, sy), { t: 'path', d: `${M(sx + 20, sy + 36)} ${L(sx + 32, sy + 12)} ${M(sx + 32, sy + 36)} ${L(sx + 44, sy + 12)}`, stroke: INK, width: 3 }],
  };
  for (const t of ['married', 'cohabiting', 'separated', 'divorced', 'widowed']) {
    if (needs.partnerTypes.has(t)) items.push([partner[t]!, say(t)]);
  }
  for (const t of ['adopted', 'fostered', 'step', 'kinship']) {
    if (needs.parentTypes.has(t)) items.push([line(PARENT_STYLE[t]!), say(t)]);
  }
  for (const t of ['close', 'distant', 'conflictual', 'abusive', 'cut_off', 'coercive']) {
    if (needs.tieTypes.has(t)) items.push([(sx, sy) => tiePrims(t, fake(sx - 30, sy), fake(sx + 110, sy)), say(t)]);
  }
  if (needs.households) items.push([(sx, sy) => [{ t: 'rect', x: sx, y: sy + 4, w: 56, h: 40, r: 8, stroke: QUIET, width: 3, dash: [10, 7] }], say('household')]);
  if (needs.restricted) items.push([(sx, sy) => [{ t: 'rect', x: sx + 10, y: sy + 12, w: 28, h: 24, r: 4, fill: INK }, { t: 'text', x: sx + 24, y: sy + 15, text: 'P', size: 18, anchor: 'middle', bold: true, fill: '#fff' }], say('restricted')]);

  const perRow = Math.max(1, Math.floor(width / CELL_W));
  const prims: Prim[] = [{ t: 'text', x, y, text: say('title'), size: 26, anchor: 'start', bold: true }];
  items.forEach(([sample, label], i) => {
    const cx = x + (i % perRow) * CELL_W;
    const cy = y + 40 + Math.floor(i / perRow) * CELL_H;
    const lines = labelLines(label);
    // One line sits level with the sample's middle; two lines share it.
    const top = lines.length === 1 ? cy + 12 : cy;
    prims.push(...sample(cx, cy), ...lines.map((text, l): Prim => ({ t: 'text', x: cx + LABEL_X, y: top + l * 24, text, size: LABEL_SIZE, anchor: 'start' })));
  });
  return { prims, height: 40 + Math.ceil(items.length / perRow) * CELL_H };
}
