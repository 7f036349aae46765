import type { ConferenceDocs } from '../../shared/commands/docs.ts';
import { addHousehold, addPerson, putDetail } from '../../shared/commands/genogram.ts';
import { addRelationship } from '../../shared/commands/relationships.ts';
import { addNetworkMember } from '../../shared/commands/network.ts';
import type { PersonFields } from '../../shared/schema/person.ts';

/**
 * The genogram of ../shared/fixtures/sample-conference.yaml, drawn through the commands: three
 * generations, a widowed, a separated, a divorced and two cohabiting couples, half-siblings, three
 * households and Amira's address for professionals only. `children` maps the fixture's c1/c2 to
 * the conference's child ids. `years` moves every date by that many years, so the ages stay the
 * fixture's (8 and 2) for a conference held that much later than 16 December 2024.
 */
export function drawSampleFamily(d: ConferenceDocs, children: { c1: string; c2: string }, origin?: unknown, years = 0): Record<string, string> {
  const y = (v: string) => (v ? String(Number(v.slice(0, 4)) + years) + v.slice(4) : v);
  const ids: Record<string, string> = {};
  const must = <T>(r: { ok: true; value: T } | { ok: false; reasons: { id: string }[] }): T => {
    if (!r.ok) throw new Error(r.reasons.map((x) => x.id).join(' '));
    return r.value;
  };
  const person = (key: string, f: Partial<PersonFields>, note?: string) => {
    ids[key] = must(addPerson(d, { ...f, born: y(f.born ?? ''), died: y(f.died ?? '') }, {}, origin));
    if (note) must(putDetail(d, { of: ids[key]!, kind: 'note', text: note }, null, origin));
  };
  ids.h1 = must(addHousehold(d, 'Kerys and Dean’s home', false, origin));
  ids.h2 = must(addHousehold(d, 'Rhys and Amira’s home', false, origin));
  ids.h3 = must(addHousehold(d, 'Nain’s home', false, origin));
  person('p1', { name: 'Alan Morgan', gender: 'male', born: '1963', died: '2019', deceased: true });
  person('p2', { name: 'Glenys Morgan', gender: 'female', born: '1966', household: ids.h3 }, 'Nain, lives 10 min walk');
  person('p3', { name: 'Keith Holloway', gender: 'male', born: '1962' });
  person('p4', { name: 'Sandra Holloway', gender: 'female', born: '1964' });
  person('p5', { name: 'Kerys Brightwater', gender: 'female', born: '1995', household: ids.h1 }, 'Prefers Welsh in writing');
  person('p6', { name: 'Rhys Brightwater', gender: 'male', born: '1993', household: ids.h2 });
  person('p7', { name: 'Dean Holloway', gender: 'male', born: '1991', household: ids.h1 });
  person('p8', { name: 'Bethan Morgan', gender: 'female', born: '1998' });
  person('p9', { name: 'Amira Shah', gender: 'female', born: '1994', household: ids.h2 });
  person('c1', { name: 'Poppy Brightwater', gender: 'female', born: '2016-05-03', childId: children.c1, household: ids.h1 });
  person('c2', { name: 'Ellis Holloway-Brightwater', gender: 'male', born: '2022-02-11', childId: children.c2, household: ids.h1 });
  must(putDetail(d, { of: ids.h1!, kind: 'address', text: '14 Heol Fictional' }, null, origin));
  must(putDetail(d, { of: ids.h2!, kind: 'address', text: '7 Ffordd Ffug', restricted: true }, null, origin));
  const rel = (kind: 'partner' | 'parent' | 'tie', a: string, b: string, type: string, since = '') => must(addRelationship(d, { kind, a: ids[a]!, b: ids[b]!, type, since }, false, origin));
  rel('partner', 'p1', 'p2', 'widowed', 'married 1990');
  rel('partner', 'p3', 'p4', 'separated', 'married 1989, separated 2016');
  rel('partner', 'p5', 'p6', 'divorced', 'married 2014, divorced 2019');
  rel('partner', 'p5', 'p7', 'cohabiting', 'since 2020');
  rel('partner', 'p6', 'p9', 'cohabiting', 'since 2022');
  for (const [parents, kids] of [[['p1', 'p2'], ['p5', 'p8']], [['p3', 'p4'], ['p7']], [['p5', 'p6'], ['c1']], [['p5', 'p7'], ['c2']]] as const) {
    for (const p of parents) for (const k of kids) rel('parent', p, k, 'birth');
  }
  rel('tie', 'p7', 'p5', 'abusive');
  rel('tie', 'c1', 'p2', 'close');
  ids.n1 = must(addNetworkMember(d, { name: 'Glenys Morgan', personId: ids.p2, group: 'family', does: 'Comes when called with the code word; has the children overnight', toChildren: { [children.c1]: 'Nain', [children.c2]: 'Nain' } }, false, origin));
  ids.n2 = must(addNetworkMember(d, { name: 'Sandra Holloway', personId: ids.p4, group: 'family', does: 'Dean goes to hers whenever he has been drinking', toChildren: { [children.c2]: 'Grandmother' } }, false, origin));
  ids.n3 = must(addNetworkMember(d, { name: 'Bethan Morgan', personId: ids.p8, group: 'family', does: 'Back-up carer if Glenys is unwell', toChildren: { [children.c1]: 'Aunt', [children.c2]: 'Aunt' } }, false, origin));
  ids.n4 = must(addNetworkMember(d, { name: 'Mrs Carys Lloyd', group: 'professional', does: 'Weekly check-in with Poppy at school', toChildren: { [children.c1]: 'Teacher' } }, false, origin));
  return ids;
}
