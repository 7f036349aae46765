import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { project } from '../schema/project.ts';
import { addHousehold, addPerson, deletePerson, editPerson, placePerson, putDetail } from './genogram.ts';
import { addRelationship, deleteRelationship, editRelationship } from './relationships.ts';
import { addNetworkMember } from './network.ts';
import { setRestricted } from './restriction.ts';
import { createGenogramUndo } from './undo.ts';
import { english } from '../../test/support/english.ts';

const both = () => ({ shared: new Y.Doc(), professional: new Y.Doc() });
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};
const id = (r: { ok: boolean; value?: unknown }) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value as string;
};

describe('GG genogram commands', () => {
  it('GG1 adds people with plain reasons for bad input', () => {
    const d = both();
    expect(english(addPerson(d, { name: '' }))).toEqual({ ok: false, reasons: ['Enter the person’s name'] });
    expect(addPerson(d, { name: 'Alan', born: '1963', died: '1950' })).toMatchObject({ ok: false });
    expect(addPerson(d, { kind: 'pregnancy' }).ok).toBe(true);
    const kerys = id(addPerson(d, { name: 'Kerys Brightwater', gender: 'female', born: '1995' }));
    expect(project(d.shared, d.professional).genogram.people.find((p) => p.id === kerys)).toMatchObject({ name: 'Kerys Brightwater', gender: 'female', pos: null, restricted: false });
    expect(addPerson({ shared: d.shared, professional: null }, { name: 'X' }, { restricted: true })).toMatchObject({ ok: false });
  });

  it('GG2 renames and GG3 places by hand or back to the layout', () => {
    const d = both();
    const p = id(addPerson(d, { name: 'Dean' }));
    expect(editPerson(d, p, { name: 'Dean Holloway', deceased: false }).ok).toBe(true);
    expect(placePerson(d, p, { x: 10.4, y: 20.6 }).ok).toBe(true);
    expect(project(d.shared, null).genogram.people[0]).toMatchObject({ name: 'Dean Holloway', pos: { x: 10, y: 21 } });
    placePerson(d, p, null);
    expect(project(d.shared, null).genogram.people[0]!.pos).toBeNull();
  });

  it('GR1 refuses bad relationships with the rule messages and writes good ones whole', () => {
    const d = both();
    const k = id(addPerson(d, { name: 'Kerys' }));
    const r = id(addPerson(d, { name: 'Rhys' }));
    const dn = id(addPerson(d, { name: 'Dean' }));
    const p = id(addPerson(d, { name: 'Poppy' }));
    expect(english(addRelationship(d, { kind: 'parent', a: p, b: p, type: 'birth' }))).toEqual({ ok: false, reasons: ['Poppy cannot be their own parent.'] });
    id(addRelationship(d, { kind: 'parent', a: k, b: p, type: 'birth' }));
    id(addRelationship(d, { kind: 'parent', a: r, b: p, type: 'birth' }));
    expect(addRelationship(d, { kind: 'parent', a: dn, b: p, type: 'birth' }).ok).toBe(false);
    expect(addRelationship(d, { kind: 'parent', a: p, b: k, type: 'birth' }).ok).toBe(false);
    expect(addRelationship(d, { kind: 'partner', a: k, b: 'nobody', type: 'married' }).ok).toBe(false);
    expect(english(addRelationship(d, { kind: 'partner', a: k, b: r, type: 'engaged' }))).toEqual({ ok: false, reasons: ['Choose what kind of relationship this is'] });
    const rel = id(addRelationship(d, { kind: 'partner', a: k, b: r, type: 'married', since: '2014' }));
    expect(editRelationship(d, rel, { type: 'divorced', since: 'married 2014, divorced 2019' }).ok).toBe(true);
    expect(project(d.shared, null).genogram.relationships.find((x) => x.id === rel)).toMatchObject({ type: 'divorced', since: 'married 2014, divorced 2019' });
    deleteRelationship(d, rel);
    expect(project(d.shared, null).genogram.relationships).toHaveLength(2);
  });

  it('GG4 deleting a person removes their lines and details in both documents', () => {
    const d = both();
    const k = id(addPerson(d, { name: 'Kerys' }));
    const dn = id(addPerson(d, { name: 'Dean' }));
    id(addRelationship(d, { kind: 'partner', a: k, b: dn, type: 'cohabiting' }));
    id(addRelationship(d, { kind: 'tie', a: dn, b: k, type: 'coercive' }, true));
    id(putDetail(d, { of: dn, kind: 'note', text: 'Released under investigation', restricted: true }) as never);
    const net = id(addNetworkMember(d, { name: 'Dean Holloway', personId: dn }));
    deletePerson(d, dn);
    const g = project(d.shared, d.professional).genogram;
    expect(g.relationships).toEqual([]);
    expect(g.details).toEqual([]);
    expect(g.network.find((n) => n.id === net)!.personId).toBe('');
    expect(d.shared.getMap('relationships').size + d.professional.getMap('relationships').size).toBe(0);
  });

  it('PR2 a line to a restricted person is professionals only, and the family model shows no trace of it', () => {
    const d = both();
    const k = id(addPerson(d, { name: 'Kerys' }));
    const secret = id(addPerson(d, { name: 'New partner' }, { restricted: true }));
    const h = id(addHousehold(d, 'Amira and Rhys'));
    id(putDetail(d, { of: h, kind: 'address', text: '3 Fictional Road', restricted: true }) as never);
    id(addRelationship(d, { kind: 'partner', a: k, b: secret, type: 'cohabiting' }));
    const family = project(d.shared, null).genogram;
    expect(family.people.map((p) => p.name)).toEqual(['Kerys']);
    expect(family.relationships).toEqual([]);
    expect(family.details).toEqual([]);
    expect(JSON.stringify(d.shared.toJSON())).not.toMatch(/New partner|Fictional Road/);
    const pro = project(d.shared, d.professional).genogram;
    expect(pro.relationships).toHaveLength(1);
    expect(pro.relationships[0]!.restricted).toBe(true);
    expect(pro.details[0]).toMatchObject({ text: '3 Fictional Road', restricted: true });
  });

  it('GN6 two editors adding a birth parent each converge on the same two', () => {
    const a = both();
    const k = id(addPerson(a, { name: 'Kerys' }));
    const r = id(addPerson(a, { name: 'Rhys' }));
    const dn = id(addPerson(a, { name: 'Dean' }));
    const p = id(addPerson(a, { name: 'Poppy' }));
    id(addRelationship(a, { kind: 'parent', a: k, b: p, type: 'birth' }));
    const b = both();
    sync(a.shared, b.shared);
    id(addRelationship(a, { kind: 'parent', a: r, b: p, type: 'birth' }));
    id(addRelationship(b, { kind: 'parent', a: dn, b: p, type: 'birth' }));
    sync(a.shared, b.shared);
    const ga = project(a.shared, null).genogram.relationships;
    const gb = project(b.shared, null).genogram.relationships;
    expect(ga).toEqual(gb);
    expect(ga).toHaveLength(2);
  });

  it('PR2 a relationship to a person deleted concurrently is dropped on read', () => {
    const a = both();
    const k = id(addPerson(a, { name: 'Kerys' }));
    const dn = id(addPerson(a, { name: 'Dean' }));
    const b = both();
    sync(a.shared, b.shared);
    deletePerson(a, dn);
    id(addRelationship(b, { kind: 'partner', a: k, b: dn, type: 'cohabiting' }));
    sync(a.shared, b.shared);
    expect(project(a.shared, null).genogram.relationships).toEqual([]);
    expect(project(b.shared, null).genogram.relationships).toEqual([]);
  });
});

describe('RS7 restriction of the genogram through the one mechanism', () => {
  it('RS7 restricting a person takes their lines, details and network card along, and sharing them brings those back', () => {
    const d = both();
    const k = id(addPerson(d, { name: 'Kerys' }));
    const a = id(addPerson(d, { name: 'Amira Shah' }));
    const line = id(addRelationship(d, { kind: 'partner', a: k, b: a, type: 'cohabiting' }));
    const own = id(addRelationship(d, { kind: 'tie', a: k, b: a, type: 'conflictual' }, true));
    id(putDetail(d, { of: a, kind: 'note', text: 'Works nights' }) as never);
    id(addNetworkMember(d, { name: 'Amira Shah', personId: a, group: 'family' }));
    expect(setRestricted(d, a, true).ok).toBe(true);
    expect(JSON.stringify(d.shared.toJSON())).not.toMatch(/Amira|Works nights|cohabiting/);
    const family = project(d.shared, null).genogram;
    expect(family.people.map((p) => p.name)).toEqual(['Kerys']);
    expect([family.relationships, family.details, family.network]).toEqual([[], [], []]);
    expect(project(d.shared, d.professional).genogram.relationships.map((r) => r.restricted)).toEqual([true, true]);
    expect(setRestricted(d, a, false).ok).toBe(true);
    const back = project(d.shared, d.professional).genogram;
    expect(back.relationships.find((r) => r.id === line)!.restricted).toBe(false);
    // The tie was professionals only on its own: it stays so.
    expect(back.relationships.find((r) => r.id === own)!.restricted).toBe(true);
    expect(back.details[0]!.restricted).toBe(false);
    expect(back.network[0]!.restricted).toBe(false);
    expect(JSON.stringify(d.shared.toJSON())).not.toContain('restrictedWith');
  });

  it('RS7 a line or detail added to someone professionals only is professionals only', () => {
    const d = both();
    const k = id(addPerson(d, { name: 'Kerys' }));
    const s = id(addPerson(d, { name: 'New partner' }, { restricted: true }));
    id(addRelationship(d, { kind: 'partner', a: k, b: s, type: 'cohabiting' }));
    id(putDetail(d, { of: s, kind: 'address', text: 'Somewhere' }) as never);
    expect(d.shared.getMap('relationships').size + d.shared.getMap('details').size).toBe(0);
  });
});

describe('GU undo and redo of my own changes', () => {
  it('GU undoes only this device’s edits, across both documents, in order', () => {
    const a = both();
    const undo = createGenogramUndo(a);
    const k = id(addPerson(a, { name: 'Kerys' }));
    const secret = id(addPerson(a, { name: 'Hidden' }, { restricted: true }));
    // Someone else's edit arrives (another origin): never undone here.
    addPerson(a, { name: 'Dean' }, {}, 'remote');
    placePerson(a, k, { x: 100, y: 0 });
    expect(undo.undo()).toBe(true);
    expect(project(a.shared, a.professional).genogram.people.find((p) => p.id === k)!.pos).toBeNull();
    expect(undo.undo()).toBe(true);
    expect(project(a.shared, a.professional).genogram.people.some((p) => p.id === secret)).toBe(false);
    expect(undo.undo()).toBe(true);
    expect(undo.undo()).toBe(false);
    expect(project(a.shared, a.professional).genogram.people.map((p) => p.name)).toEqual(['Dean']);
    expect(undo.redo()).toBe(true);
    expect(project(a.shared, a.professional).genogram.people.map((p) => p.name).sort()).toEqual(['Dean', 'Kerys']);
    undo.destroy();
  });

  it('GU a removal with its lines is one step', () => {
    const a = both();
    const k = id(addPerson(a, { name: 'Kerys' }));
    const dn = id(addPerson(a, { name: 'Dean' }));
    id(addRelationship(a, { kind: 'partner', a: k, b: dn, type: 'cohabiting' }));
    const undo = createGenogramUndo(a);
    deletePerson(a, dn);
    undo.undo();
    expect(project(a.shared, null).genogram.relationships).toHaveLength(1);
    undo.destroy();
  });
});
