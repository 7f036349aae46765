import type { Person } from '../schema/person.ts';

/** Short words about a person that the list view, the picture and the alt text share. */

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
export function lifeLine(p: Pick<Person, 'born' | 'died' | 'deceased' | 'kind'>, asOf: string): string {
  if (p.kind === 'pregnancy') return p.born ? `Due ${p.born}` : 'Pregnancy';
  if (p.kind === 'miscarriage') return p.born ? `Miscarriage ${p.born.slice(0, 4)}` : 'Miscarriage';
  const b = p.born.slice(0, 4);
  const d = p.died.slice(0, 4);
  if (p.deceased || d) return b && d ? `${b}–${d}` : d ? `Died ${d}` : b ? `${b}–` : 'Died';
  const age = ageOn(p.born, asOf);
  return age !== null ? `Age ${age}` : '';
}

export function firstName(p: Pick<Person, 'name' | 'kind'> | undefined): string {
  if (!p) return 'someone';
  if (p.name) return p.name.trim().split(/\s+/)[0] ?? p.name;
  return p.kind === 'miscarriage' ? 'a miscarriage' : p.kind === 'pregnancy' ? 'a pregnancy' : 'someone';
}

/** "Poppy", "Poppy and Ellis", "Poppy, Ellis and Kai". */
export function andList(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Mother, father or parent (and the like), by the person's gender. */
export function gendered(p: Pick<Person, 'gender'>, female: string, male: string, other: string): string {
  return p.gender === 'female' ? female : p.gender === 'male' ? male : other;
}
