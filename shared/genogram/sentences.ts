import type { Genogram } from '../schema/projectGenogram.ts';
import type { Person } from '../schema/person.ts';
import type { Locale } from '../i18n/locale.ts';
import { msg, type MessageId } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { compareNames } from '../i18n/collate.ts';
import { ageOn, andList, capitalised, firstName } from './words.ts';

/**
 * GS — The genogram as sentences: the accessible list view reads them, and the exported picture
 * uses them as its alt text. "Kerys, 29, mother of Poppy and Ellis, daughter of Alan and Glenys,
 * divorced from Rhys, lives with Dean, Poppy and Ellis." Each clause is one message, so Welsh
 * can word it its own way ("mam Poppy ac Ellis, merch Alan a Glenys").
 */

export interface SentenceContext {
  /** The conference date (ISO), for ages. */
  asOf: string;
  locale: Locale;
}

type Values = Record<string, string | number>;
const say = (locale: Locale, id: MessageId, values?: Values) => translate(locale, msg(id, values));

/** A relationship or network group in plain words ("living together", "kinship care", "family"). */
export const typeWords = (locale: Locale, type: string): string =>
  say(locale, `genogram.type.${type}` as MessageId);
export const groupWords = (locale: Locale, group: Genogram['network'][number]['group']): string => say(locale, `genogram.networkGroup.${group}`);

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

/** How a person is named at the start of their sentence: their name, age, or what they are. */
function headOf(p: Person, ctx: SentenceContext): string {
  const { locale } = ctx;
  const name = p.name || capitalised(firstName(p, locale), locale);
  if (p.kind === 'pregnancy') return say(locale, p.born ? 'genogram.sentence.pregnancyDue' : 'genogram.sentence.pregnancy', { name, due: p.born });
  if (p.kind === 'miscarriage') return p.born ? `${name} (${p.born.slice(0, 4)})` : name;
  if (p.deceased || p.died) return say(locale, p.died ? 'genogram.sentence.diedIn' : 'genogram.sentence.died', { name, year: p.died.slice(0, 4) });
  const age = ageOn(p.born, ctx.asOf);
  return age !== null ? `${name}, ${age}` : name;
}

/** GS1 — One person as a sentence. */
export function personSentence(g: Genogram, p: Person, ctx: SentenceContext): string {
  const { locale } = ctx;
  const byId = new Map(g.people.map((x) => [x.id, x]));
  const name = (id: string) => firstName(byId.get(id), locale);
  // Lists of people read oldest first, as the tree is drawn.
  const eldest = (ids: string[]) => andList(locale, ids.sort((x, y) => (byId.get(x)?.born || '9999').localeCompare(byId.get(y)?.born || '9999') || (x < y ? -1 : 1)).map(name));
  const gender = p.gender;
  const parts: string[] = [headOf(p, ctx)];
  if (p.childId) parts.push(say(locale, 'genogram.sentence.isChild'));
  const asParent = g.relationships.filter((r) => r.kind === 'parent' && r.a === p.id);
  for (const [type, rs] of groupBy(asParent, (r) => r.type)) parts.push(say(locale, 'genogram.sentence.parentOf', { type, gender, names: eldest(rs.map((r) => r.b)) }));
  const asChild = g.relationships.filter((r) => r.kind === 'parent' && r.b === p.id);
  for (const [type, rs] of groupBy(asChild, (r) => r.type)) parts.push(say(locale, 'genogram.sentence.childOf', { type, gender, names: eldest(rs.map((r) => r.a)) }));
  for (const r of g.relationships.filter((r) => r.kind === 'twin' && (r.a === p.id || r.b === p.id))) {
    parts.push(say(locale, 'genogram.sentence.twinOf', { type: r.type, name: name(r.a === p.id ? r.b : r.a) }));
  }
  // Past partners before the present one, as people tell it.
  const ended = (t: string) => (['divorced', 'separated', 'widowed'].includes(t) ? 0 : 1);
  const partnerRels = g.relationships
    .filter((r) => r.kind === 'partner' && (r.a === p.id || r.b === p.id))
    .sort((x, y) => ended(x.type) - ended(y.type) || (x.id < y.id ? -1 : 1));
  for (const r of partnerRels) {
    const clause = say(locale, 'genogram.sentence.partner', { type: r.type, name: name(r.a === p.id ? r.b : r.a) });
    parts.push(r.since ? `${clause} (${r.since})` : clause);
  }
  const home = g.households.find((h) => h.id === p.household);
  if (home) {
    const others = g.people.filter((x) => x.household === home.id && x.id !== p.id).map((x) => x.id);
    const address = g.details.find((d) => d.of === home.id && d.kind === 'address');
    const where = address ? `${home.label}, ${address.text}` : home.label;
    parts.push(others.length ? say(locale, 'genogram.sentence.livesWith', { names: eldest(others), home: where }) : say(locale, 'genogram.sentence.livesAlone', { home: where }));
  }
  const notes = g.details.filter((d) => d.of === p.id).map((d) => (d.kind === 'address' ? say(locale, 'genogram.sentence.address', { address: d.text }) : d.text));
  return `${parts.join(', ')}.${notes.length ? ` ${notes.map((n) => (/[.!?]$/.test(n) ? n : `${n}.`)).join(' ')}` : ''}`;
}

/** GS2 — An emotional tie as a sentence: "Dean and Kerys: conflict." */
export function tieSentence(g: Genogram, r: Genogram['relationships'][number], locale: Locale): string {
  const byId = new Map(g.people.map((x) => [x.id, x]));
  const a = firstName(byId.get(r.a), locale);
  const b = firstName(byId.get(r.b), locale);
  const directed = r.type === 'abusive' || r.type === 'coercive';
  const from = directed ? ` (${say(locale, 'genogram.sentence.tieFrom', { a, b })})` : '';
  return `${andList(locale, [a, b])}: ${typeWords(locale, r.type)}${from}${r.since ? `, ${r.since}` : ''}.`;
}

/** "Nain to Poppy and Ellis; Grandmother to Ellis": who a network member is to each child. */
export function rolesToChildren(n: Genogram['network'][number], children: readonly { id: string; name: string }[], locale: Locale): string[] {
  const to = groupBy(children.filter((c) => n.toChildren[c.id]), (c) => n.toChildren[c.id]!);
  return [...to].map(([word, cs]) => say(locale, 'genogram.sentence.roleTo', { role: word, names: andList(locale, cs.map((c) => c.name.split(' ')[0] ?? c.name)) }));
}

/** GS3 — Someone in the safety network: who they are to each child and what they do. */
export function networkSentence(n: Genogram['network'][number], children: readonly { id: string; name: string }[], locale: Locale): string {
  const roles = rolesToChildren(n, children, locale);
  return `${n.name} (${groupWords(locale, n.group).toLocaleLowerCase(locale)})${roles.length ? `, ${roles.join('; ')}` : ''}${n.does ? `: ${n.does.replace(/[.]$/, '')}` : ''}.`;
}

/** GS4 — The whole picture in words, in the order the list view shows it: alt text for the record. */
export function genogramSentences(g: Genogram, ctx: SentenceContext & { children: readonly { id: string; name: string }[] }): string[] {
  const compare = compareNames(ctx.locale);
  const byAge = [...g.people].sort((a, b) => (a.born || '9999').localeCompare(b.born || '9999') || compare(a.name, b.name));
  return [
    ...byAge.map((p) => personSentence(g, p, ctx)),
    ...g.relationships.filter((r) => r.kind === 'tie').map((r) => tieSentence(g, r, ctx.locale)),
    ...[...g.network]
      .sort((a, b) => a.group.localeCompare(b.group) || compare(a.name, b.name))
      .map((n) => say(ctx.locale, 'genogram.sentence.inNetwork', { sentence: networkSentence(n, ctx.children, ctx.locale) })),
  ];
}
