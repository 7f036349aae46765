import { z } from 'zod/mini';
import { v } from '../i18n/zodErrors.ts';

/**
 * JG1 — Flag jargon and abbreviations as text is written, with a plainer suggestion.
 *
 * Matching rules (all guaranteed by `findJargon`):
 * - Whole words only: a term never matches inside a longer word or number ("LA" not in "PLAICE",
 *   "section 47" not in "section 470"). Hyphens and punctuation end a word ("pre-ICPC" flags ICPC).
 * - A term of 2–5 capital letters only (an acronym such as "LA", "HV", "MARAC") matches with exactly
 *   that case, so Spanish "la" or "hv" in a word list are not flagged. Every other term
 *   ("safeguarding", "S47", "CP plan") matches in any case.
 * - Plurals and possessives are flagged: "ICPCs", "ICPC's", "thresholds". Other endings are not
 *   ("escalated"), so list those forms separately if a council wants them.
 * - Spaces, line breaks and hyphens between words in a term are interchangeable, and ' matches ’.
 * - Matches never overlap: the longest match wins, then the earliest. Results are in text order.
 */
export interface JargonEntry {
  readonly term: string;
  readonly plain: string;
}

/** JG1: one flagged piece of text; `text.slice(start, end)` is what was written. */
export interface JargonMatch {
  readonly term: string;
  readonly plain: string;
  readonly start: number;
  readonly end: number;
}

const e = (term: string, plain: string): JargonEntry => ({ term, plain });
const same = (terms: readonly string[], plain: string): JargonEntry[] => terms.map((t) => e(t, plain));

/** JG1: the built-in list; every `plain` is free of every other term in the list. */
export const DEFAULT_JARGON: readonly JargonEntry[] = [
  ...same(['ICPC', 'initial child protection conference'], 'first child protection meeting'),
  ...same(['RCPC', 'review child protection conference'], 'review child protection meeting'),
  ...same(['child protection conference', 'case conference'], 'child protection meeting'),
  ...same(['CP plan', 'CPP'], 'child protection plan'),
  e('CSPP', 'plan to keep the child safe'),
  ...same(['CIN', 'child in need'], 'child who needs extra help from the council'),
  ...same(['LAC', 'CLA', 'looked after child'], 'child in care'),
  ...same(['LA', 'local authority'], 'the council'),
  e('IRO', 'independent person who runs these meetings and checks the plan'),
  e('DSL', 'person at school in charge of keeping children safe'),
  e('HV', 'health visitor'),
  e('PPU', 'police team that protects people at risk'),
  e('EDT', 'out-of-hours social work team'),
  e('IDVA', 'domestic abuse support worker'),
  e('MARAC', 'meeting to keep people safe from serious domestic abuse'),
  e('MASH', 'team that first looks at worries about a child'),
  e('LADO', 'council officer who looks at worries about people who work with children'),
  ...same(['S47', 's.47', 'section 47'], 'checks into whether a child is being harmed'),
  ...same(['S20', 'section 20'], "the child living away from home with the parents' agreement"),
  ...same(['strategy discussion', 'strategy meeting'], 'first talk between social workers, police and health about the worry'),
  e('core group', 'group that meets to check the plan is working'),
  e('threshold', 'level of worry that means we must act'),
  e('safeguarding', 'keeping children safe'),
  e('disclosure', 'when someone tells us what happened'),
  e('disclosed', 'told us'),
  ...same(['DV', 'DA', 'domestic violence'], 'abuse between partners or family members'),
  e('toxic trio', 'domestic abuse, mental ill health and drug or alcohol use together'),
  e('substance misuse', 'drug or alcohol use'),
  e('non-engagement', 'not meeting or talking with workers'),
  e('non-compliance', 'not doing what was agreed'),
  e('disguised compliance', 'seeming to follow the plan without really changing'),
  // Kept but explained: families need to know the word, because it is used about them.
  e('neglect', "neglect: not meeting a child's basic needs, like food, warmth, safety and care"),
  e('significant harm', 'serious harm'),
  e('cumulative harm', 'harm that builds up over time'),
  e('presenting issue', 'the main worry'),
  e('risk factor', 'something that makes harm more likely'),
  e('protective factor', 'something that helps keep the child safe'),
  e('multi-agency', 'different services working together'),
  e('escalate', 'pass the worry to someone more senior'),
  e('escalation', 'passing the worry to someone more senior'),
  ...same(['contingency plan', 'contingency'], 'back-up plan'),
  e('PLO', 'formal meeting before the council goes to court'),
  e('pre-proceedings', 'the step before the council goes to court'),
  e('care proceedings', "court case about the child's care"),
  e('parental responsibility', 'the legal rights and duties of a parent'),
  e('parental capacity', 'how well parents can care for the child'),
  e('capacity to change', 'whether parents can make the changes needed'),
  e('statutory', 'required by law'),
  e('intervention', 'help or support'),
  e('mitigate', 'reduce'),
  e('direct work', 'time the worker spends with the child'),
  e('child and family assessment', "social worker's report on how the family is doing"),
  e('chronology', 'list of what happened, in date order'),
  e('genogram', 'family tree'),
  e('ecomap', 'map of who helps the family'),
  e('scaling', 'scoring from 0 to 10 how safe the child is'),
  e('sibling', 'brother or sister'),
  e('paternal', "on the dad's side"),
  e('maternal', "on the mum's side"),
  ...same(['FGC', 'family group conference'], 'family meeting to make a plan'),
  e('TAF', 'meeting of the people helping the family'),
  e('GP', 'family doctor'),
  e('HCP', 'health worker'),
  e('SW', 'social worker'),
  e('CAMHS', "children's mental health service"),
  e('EHCP', "plan for a child's extra help with learning and health"),
  e('SEN', 'extra help with learning'),
  e('YOT', 'youth justice team'),
  e('NFA', 'no further action'),
  e('CSE', 'sexual abuse of a child in return for gifts, money or attention'),
  e('CCE', 'a child being made to commit crime'),
];

/** JG1: true when `term` is matched case-sensitively (2–5 capital letters A–Z, nothing else). */
export function isAcronymTerm(term: string): boolean {
  return /^[A-Z]{2,5}$/.test(term.trim());
}

const WORD_EDGE = /^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/su;
/** JG1: two terms are the same entry if they would match the same text. */
const termKey = (term: string): string =>
  isAcronymTerm(term) ? term.trim() : term.trim().toLowerCase().replace(/[\s-]+/g, ' ').replace(/’/g, "'");

/** JG1: a council's editable entry: a term that starts and ends with a letter or number, and a suggestion. */
export const jargonEntrySchema = z.object({
  term: z.string().check(z.trim(), z.minLength(1, v('validation.jargon.term')), z.maxLength(60, v('validation.tooLong')), z.regex(WORD_EDGE, v('validation.jargon.edge'))),
  plain: z.string().check(z.trim(), z.minLength(1, v('validation.jargon.plain')), z.maxLength(200, v('validation.tooLong'))),
});

/** JG1: a council's editable list: at most 500 entries, no two matching the same text. */
export const jargonListSchema = z.array(jargonEntrySchema).check(
  z.maxLength(500, v('validation.jargon.listTooLong')),
  z.refine((list) => new Set(list.map((x) => termKey(x.term))).size === list.length, v('validation.jargon.duplicate')),
);

const SYNTAX = /[\^$\\.*+?()[\]{}|/]/g;
const NOT_WORD = '(?![\\p{L}\\p{N}_])';
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';

function charPattern(ch: string, anyCase: boolean): string {
  if (ch === "'" || ch === '’') return "['’]";
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (anyCase && lo !== up && [...lo].length === 1 && [...up].length === 1) return `[${lo}${up}]`;
  return ch.replace(SYNTAX, '\\$&');
}

function termPattern(term: string): string {
  const anyCase = !isAcronymTerm(term);
  const words = term.trim().split(/[\s-]+/).map((w) => [...w].map((ch) => charPattern(ch, anyCase)).join(''));
  return `${words.join('[\\s\\u00a0-]+')}(?:['’]?${anyCase ? '[sS]' : 's'})?`;
}

interface Compiled {
  readonly re: RegExp | null;
  /** Entry for capture group i + 1. */
  readonly entries: readonly JargonEntry[];
}

const cache = new WeakMap<readonly JargonEntry[], Compiled>();

function compile(list: readonly JargonEntry[]): Compiled {
  const hit = cache.get(list);
  if (hit) return hit;
  const entries = list.filter((x) => WORD_EDGE.test(x.term.trim())).sort((a, b) => b.term.length - a.term.length);
  const alts = entries.map((x) => `(${termPattern(x.term)})`).join('|');
  const re = entries.length ? new RegExp(`${NOT_AFTER_WORD}(?=(?:${alts})${NOT_WORD})`, 'gu') : null;
  const compiled: Compiled = { re, entries };
  cache.set(list, compiled);
  return compiled;
}

/**
 * JG1: jargon in `text`, in text order, never overlapping. The list is compiled into one regular
 * expression once and cached by array identity, so pass the same array on every keystroke.
 */
export function findJargon(text: string, list: readonly JargonEntry[] = DEFAULT_JARGON): JargonMatch[] {
  const { re, entries } = compile(list);
  if (!re || !text) return [];
  const found: JargonMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.findIndex((v, i) => i > 0 && v !== undefined);
    const entry = entries[g - 1];
    const written = m[g];
    if (entry && written) found.push({ term: entry.term, plain: entry.plain, start: m.index, end: m.index + written.length });
    re.lastIndex = m.index + 1;
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept = found.filter((f) => {
    for (let i = f.start; i < f.end; i++) if (taken[i]) return false;
    taken.fill(1, f.start, f.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start);
}

/** JG1: jargon in our own interface strings, keyed by the string's key (or index for an array). */
export function jargonInInterfaceText(
  texts: Readonly<Record<string, string>> | readonly string[],
  list: readonly JargonEntry[] = DEFAULT_JARGON,
): (JargonMatch & { readonly key: string })[] {
  return Object.entries(texts).flatMap(([key, text]) => findJargon(text, list).map((m) => ({ key, ...m })));
}

/**
 * JG2 — Jargon in `text` except the terms a field must use: a term is never flagged where it is
 * required (a statutory category such as "neglect" in the decision's reasons). `required` are the
 * phrases the field must be able to name; any listed term found inside one of them is allowed here.
 */
export function findJargonExcept(text: string, list: readonly JargonEntry[], required: readonly string[]): JargonMatch[] {
  const allowed = new Set(required.flatMap((phrase) => findJargon(phrase, list).map((m) => termKey(m.term))));
  return findJargon(text, list).filter((m) => !allowed.has(termKey(m.term)));
}
