import { LANGUAGE_TAG, type Locale } from './locale.ts';

const collators = new Map<Locale, Intl.Collator>();

/**
 * Compare names in the reader's order. In Welsh, ch, dd, ff, ng, ll, ph, rh and th are single
 * letters (Lowri before Llinos, Gareth before Ngaio); the Welsh collation in ICU already knows this.
 */
export function compareNames(locale: Locale): (a: string, b: string) => number {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(LANGUAGE_TAG[locale], { numeric: true })));
  return c.compare;
}

/** A copy of `items` sorted by name in the reader's order. */
export function sortByName<T>(locale: Locale, items: readonly T[], name: (item: T) => string): T[] {
  const compare = compareNames(locale);
  return [...items].sort((a, b) => compare(name(a), name(b)));
}
