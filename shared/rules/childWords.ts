/**
 * CW1 — The product's fixed words follow the number of children: "the child's safety" for one
 * child, "the children's safety" for three. Our texts are written for one child; this rewrites the
 * phrases they use, verbs included ("the child is" → "the children are"). A phrase it does not know
 * stays singular, so new fixed text should be checked with `forChildren` in a test. Catalogue
 * messages take the number instead (`{children, plural, …}`), which works in Welsh too: this goes
 * when the last English-only text has moved to the catalogues (issue 13).
 */
const PLURAL: readonly [RegExp, string][] = [
  [/\bthe child's\b/g, "the children's"],
  [/\bThe child's\b/g, "The children's"],
  [/\bthe child is\b/g, 'the children are'],
  [/\bthe child needs\b/g, 'the children need'],
  [/\bthe child likes and thinks\b/g, 'the children like and think'],
  [/\bthe child likes\b/g, 'the children like'],
  [/\bthe child stays\b/g, 'the children stay'],
  [/\bthe child has\b/g, 'the children have'],
  [/\bthe child was\b/g, 'the children were'],
  [/\bthe child\b/g, 'the children'],
  [/\bThe child\b/g, 'The children'],
  [/\bin their life\b/g, 'in their lives'],
];

/** CW1: `text` as written for one child, or rewritten for several. */
export function forChildren(text: string, childCount: number): string {
  if (childCount <= 1) return text;
  return PLURAL.reduce((t, [from, to]) => t.replace(from, to), text);
}

