import type { Proposal } from '../schema/board.ts';
import type { Genogram } from '../schema/projectGenogram.ts';
import type { Locale } from '../i18n/locale.ts';
import { msg } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { andList, firstName } from './words.ts';
import { typeWords } from './sentences.ts';

/** GS5 — A proposed person or line in words for the chair's queue: "Add Bethan Morgan (female, born 1998)". */
export function proposalWords(p: Pick<Proposal, 'kind' | 'person' | 'relationship'>, g: Genogram, locale: Locale): string {
  if (p.kind === 'person' && p.person) {
    const { name, gender, born } = p.person;
    return translate(locale, msg(born ? 'genogram.proposal.personBorn' : 'genogram.proposal.person', { name, gender, born }));
  }
  if (p.kind === 'relationship' && p.relationship) {
    const r = p.relationship;
    const name = (id: string) => firstName(g.people.find((x) => x.id === id), locale);
    return translate(locale, msg('genogram.proposal.relationship', { kind: r.kind, a: name(r.a), b: name(r.b), names: andList(locale, [name(r.a), name(r.b)]), type: typeWords(locale, r.type) }));
  }
  return '';
}
