/**
 * CW1 — The product's fixed words follow the number of children: "the child's safety" for one
 * child, "the children's safety" for three. Our texts are written for one child; this rewrites the
 * phrases they use, verbs included ("the child is" → "the children are"). A phrase it does not know
 * stays singular, so new fixed text should be checked with `forChildren` in a test.
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

/** CW1: "the child" or "the children", for text built in code. */
export function theChild(childCount: number): string {
  return childCount > 1 ? 'the children' : 'the child';
}
