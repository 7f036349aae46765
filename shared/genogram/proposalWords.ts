import type { Proposal } from '../schema/board.ts';
import type { Genogram } from '../schema/projectGenogram.ts';
import { TYPE_LABELS } from '../schema/relationship.ts';
import { firstName } from './words.ts';

/** GS5 — A proposed person or line in words for the chair's queue: "Add Bethan Morgan (female, born 1998)". */
export function proposalWords(p: Pick<Proposal, 'kind' | 'person' | 'relationship'>, g: Genogram): string {
  if (p.kind === 'person' && p.person) {
    const shown = p.person.gender === 'other' ? 'gender not given' : p.person.gender;
    return `Add ${p.person.name} (${shown}${p.person.born ? `, born ${p.person.born}` : ''})`;
  }
  if (p.kind === 'relationship' && p.relationship) {
    const r = p.relationship;
    const name = (id: string) => firstName(g.people.find((x) => x.id === id));
    if (r.kind === 'parent') return `${name(r.a)} is ${name(r.b)}’s parent (${TYPE_LABELS[r.type]})`;
    return `${name(r.a)} and ${name(r.b)}: ${r.kind === 'partner' ? 'partners, ' : ''}${TYPE_LABELS[r.type]}`;
  }
  return '';
}
