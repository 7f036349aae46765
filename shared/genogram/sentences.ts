import type { Genogram } from '../schema/projectGenogram.ts';
import type { Person } from '../schema/person.ts';
import { TYPE_LABELS } from '../schema/relationship.ts';
import { NETWORK_GROUP_LABELS } from '../schema/networkMember.ts';
import { ageOn, andList, firstName, gendered } from './words.ts';

/**
 * GS — The genogram as sentences: the accessible list view reads them, and the exported picture
 * uses them as its alt text. "Kerys, 29, mother of Poppy and Ellis, daughter of Alan and Glenys,
 * divorced from Rhys, lives with Dean, Poppy and Ellis."
 */

export interface SentenceContext {
  /** The conference date (ISO), for ages. */
  asOf: string;
}

const PARENT_WORDS: Record<string, [string, string, string]> = {
  birth: ['mother', 'father', 'parent'],
  adopted: ['adoptive mother', 'adoptive father', 'adoptive parent'],
  fostered: ['foster carer', 'foster carer', 'foster carer'],
  step: ['stepmother', 'stepfather', 'step-parent'],
  kinship: ['kinship carer', 'kinship carer', 'kinship carer'],
};
const CHILD_WORDS: Record<string, [string, string, string]> = {
  birth: ['daughter', 'son', 'child'],
  adopted: ['adopted daughter', 'adopted son', 'adopted child'],
  fostered: ['foster child', 'foster child', 'foster child'],
  step: ['stepdaughter', 'stepson', 'stepchild'],
  kinship: ['cared for by', 'cared for by', 'cared for by'],
};
const PARTNER_WORDS: Record<string, string> = {
  married: 'married to',
  cohabiting: 'partner of',
  separated: 'separated from',
  divorced: 'divorced from',
  widowed: 'widowed: was married to',
};

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

/** GS1 — One person as a sentence. */
export function personSentence(g: Genogram, p: Person, ctx: SentenceContext): string {
  const byId = new Map(g.people.map((x) => [x.id, x]));
  const name = (id: string) => firstName(byId.get(id));
  // Lists of people read oldest first, as the tree is drawn.
  const eldest = (ids: string[]) => ids.sort((x, y) => (byId.get(x)?.born || '9999').localeCompare(byId.get(y)?.born || '9999') || (x < y ? -1 : 1)).map(name);
  const parts: string[] = [];
  const age = p.deceased || p.died ? null : ageOn(p.born, ctx.asOf);
  let head = p.name || firstName(p);
  if (p.kind === 'pregnancy') head = `${head === 'a pregnancy' ? 'A pregnancy' : head} (pregnancy${p.born ? `, due ${p.born}` : ''})`;
  if (p.kind === 'miscarriage') head = `${head === 'a miscarriage' ? 'A miscarriage' : head}${p.born ? ` (${p.born.slice(0, 4)})` : ''}`;
  if (age !== null && p.kind === 'person') head += `, ${age}`;
  if (p.deceased || p.died) head += ` (died${p.died ? ` ${p.died.slice(0, 4)}` : ''})`;
  parts.push(head);
  if (p.childId) parts.push('one of the children this meeting is about');
  const asParent = g.relationships.filter((r) => r.kind === 'parent' && r.a === p.id);
  for (const [type, rs] of groupBy(asParent, (r) => r.type)) {
    const [f, m, o] = PARENT_WORDS[type] ?? PARENT_WORDS.birth!;
    parts.push(`${gendered(p, f, m, o)} of ${andList(eldest(rs.map((r) => r.b)))}`);
  }
  const asChild = g.relationships.filter((r) => r.kind === 'parent' && r.b === p.id);
  for (const [type, rs] of groupBy(asChild, (r) => r.type)) {
    const [f, m, o] = CHILD_WORDS[type] ?? CHILD_WORDS.birth!;
    const word = gendered(p, f, m, o);
    parts.push(`${word}${word.endsWith('by') ? '' : ' of'} ${andList(eldest(rs.map((r) => r.a)))}`);
  }
  for (const r of g.relationships.filter((r) => r.kind === 'twin' && (r.a === p.id || r.b === p.id))) {
    parts.push(`${r.type === 'identical' ? 'identical twin' : 'twin'} of ${name(r.a === p.id ? r.b : r.a)}`);
  }
  // Past partners before the present one, as people tell it.
  const ended = (t: string) => (['divorced', 'separated', 'widowed'].includes(t) ? 0 : 1);
  const partnerRels = g.relationships
    .filter((r) => r.kind === 'partner' && (r.a === p.id || r.b === p.id))
    .sort((x, y) => ended(x.type) - ended(y.type) || (x.id < y.id ? -1 : 1));
  for (const r of partnerRels) {
    const other = r.a === p.id ? r.b : r.a;
    parts.push(`${PARTNER_WORDS[r.type] ?? 'partner of'} ${name(other)}${r.since ? ` (${r.since})` : ''}`);
  }
  const home = g.households.find((h) => h.id === p.household);
  if (home) {
    const others = eldest(g.people.filter((x) => x.household === home.id && x.id !== p.id).map((x) => x.id));
    const address = g.details.find((d) => d.of === home.id && d.kind === 'address');
    parts.push(`${others.length ? `lives with ${andList(others)}` : 'lives alone'} (${home.label}${address ? `, ${address.text}` : ''})`);
  }
  const notes = g.details.filter((d) => d.of === p.id).map((d) => (d.kind === 'address' ? `Address: ${d.text}` : d.text));
  return `${parts.join(', ')}.${notes.length ? ` ${notes.map((n) => (/[.!?]$/.test(n) ? n : `${n}.`)).join(' ')}` : ''}`;
}

/** GS2 — An emotional tie as a sentence: "Dean and Kerys: conflict." */
export function tieSentence(g: Genogram, r: Genogram['relationships'][number]): string {
  const byId = new Map(g.people.map((x) => [x.id, x]));
  const a = firstName(byId.get(r.a));
  const b = firstName(byId.get(r.b));
  const directed = r.type === 'abusive' || r.type === 'coercive';
  return `${a} and ${b}: ${TYPE_LABELS[r.type] ?? r.type}${directed ? ` (from ${a} towards ${b})` : ''}${r.since ? `, ${r.since}` : ''}.`;
}

/** GS3 — Someone in the safety network: who they are to each child and what they do. */
export function networkSentence(n: Genogram['network'][number], children: readonly { id: string; name: string }[]): string {
  const to = groupBy(children.filter((c) => n.toChildren[c.id]), (c) => n.toChildren[c.id]!);
  const roles = [...to].map(([word, cs]) => `${word} to ${andList(cs.map((c) => c.name.split(' ')[0] ?? c.name))}`);
  return `${n.name} (${NETWORK_GROUP_LABELS[n.group].toLowerCase()})${roles.length ? `, ${roles.join('; ')}` : ''}${n.does ? `: ${n.does.replace(/[.]$/, '')}` : ''}.`;
}

/** GS4 — The whole picture in words, in the order the list view shows it: alt text for the record. */
export function genogramSentences(g: Genogram, ctx: SentenceContext & { children: readonly { id: string; name: string }[] }): string[] {
  const byAge = [...g.people].sort((a, b) => (a.born || '9999').localeCompare(b.born || '9999') || a.name.localeCompare(b.name));
  return [
    ...byAge.map((p) => personSentence(g, p, ctx)),
    ...g.relationships.filter((r) => r.kind === 'tie').map((r) => tieSentence(g, r)),
    ...[...g.network].sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name)).map((n) => `In the safety network: ${networkSentence(n, ctx.children)}`),
  ];
}
