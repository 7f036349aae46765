import type { Person } from '../schema/person.ts';
import type { Locale } from '../i18n/locale.ts';
import { msg, type MessageId } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

/** Short words about a person that the list view, the picture and the alt text share, in the reader's language. */

/** Age in whole years on `asOf` (an ISO date), from a year or a full date of birth; null when unknown. */
export function ageOn(born: string, asOf: string): number | null {
  if (!/^\d{4}/.test(born) || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return null;
  const by = Number(born.slice(0, 4));
  let age = Number(asOf.slice(0, 4)) - by;
  // With a full date, not yet had this year's birthday means one year younger.
  if (born.length === 10 && asOf.slice(5) < born.slice(5)) age -= 1;
  return age >= 0 ? age : null;
}

/** The line under the symbol: "Age 8", "1963–2019", "Born 1995", "Expected" or "". */
export function lifeLine(p: Pick<Person, 'born' | 'died' | 'deceased' | 'kind'>, asOf: string, locale: Locale): string {
  const t = (id: MessageId, values?: Record<string, string | number>) => translate(locale, msg(id, values));
  if (p.kind === 'pregnancy') return p.born ? t('genogram.life.due', { date: p.born }) : t('genogram.life.pregnancy');
  if (p.kind === 'miscarriage') return p.born ? t('genogram.life.miscarriageIn', { year: p.born.slice(0, 4) }) : t('genogram.life.miscarriage');
  const b = p.born.slice(0, 4);
  const d = p.died.slice(0, 4);
  if (p.deceased || d) return b && d ? `${b}–${d}` : d ? t('genogram.life.diedIn', { year: d }) : b ? `${b}–` : t('genogram.life.died');
  const age = ageOn(p.born, asOf);
  return age !== null ? t('genogram.life.age', { age }) : '';
}

/** A person's first name, or what they are when they have no name ("someone", "a pregnancy"), to use inside a sentence. */
export function firstName(p: Pick<Person, 'name' | 'kind'> | undefined, locale: Locale = 'en'): string {
  if (p?.name) return p.name.trim().split(/\s+/)[0] ?? p.name;
  const id = p?.kind === 'miscarriage' ? 'genogram.unnamed.miscarriage' : p?.kind === 'pregnancy' ? 'genogram.unnamed.pregnancy' : 'genogram.unnamed.someone';
  return translate(locale, msg(id));
}

/** The same at the start of a sentence. */
export function capitalised(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * "Poppy", "Poppy and Ellis", "Poppy, Ellis and Kai"; in Welsh "Kerys a Dean", "Poppy ac Ellis"
 * ("ac" before a vowel, which Intl.ListFormat writes as "a(c)").
 */
export function andList(locale: Locale, words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  const last = words[words.length - 1]!;
  const and = locale === 'cy' ? (/^[aeiouyâêîôûŵŷáéíóú]/i.test(last) ? 'ac' : 'a') : 'and';
  return `${words.slice(0, -1).join(', ')} ${and} ${last}`;
}
