import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem } from './items.ts';
import { addAction, addDanger, deleteAction, editAction } from './plan.ts';
import { addContingency } from './contingency.ts';
import { setRestricted } from './restriction.ts';
import { project } from '../schema/project.ts';
import { familyCount, familyNumbers } from '../rules/restriction.ts';
import { MAX_DANGER_STATEMENTS } from '../rules/agenda.ts';
import type { ConferenceDocs } from './docs.ts';

const source = { name: 'PC Owain Rees', agency: 'Afonwen Police' };
const fresh = (): ConferenceDocs => ({ shared: new Y.Doc(), professional: new Y.Doc() });
const bytesOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc));
const sharedHas = (d: ConferenceDocs, s: string) => bytesOf(d.shared).includes(Buffer.from(s)) || JSON.stringify(d.shared.toJSON()).includes(s);
const value = <T>(r: { ok: true; value: T } | { ok: false; reasons: { id: string }[] }): T => {
  if (!r.ok) throw new Error(r.reasons.map((x) => x.id).join(' '));
  return r.value;
};

/** One entity of every restrictable collection, each created with the given flag. */
function addOneOfEach(d: ConferenceDocs, restricted: boolean, word: string) {
  return {
    item: value(addItem(d, { section: 'past_harm', text: `${word} item`, source, restricted, addedBy: 'chair' })),
    danger: value(addDanger(d, { statement: `${word} danger`, goal: `${word} goal`, restricted })),
    action: value(addAction(d, { what: `${word} action`, who: 'Police', by: 'ongoing', howWeKnow: `${word} how`, links: [], restricted })),
    contingency: value(addContingency(d, { mightHappen: `${word} might`, weWill: `${word} will`, restricted })),
  };
}

describe('RS3 entities created professionals only live only in the professional twin', () => {
  it('RS3 board items, danger statements, actions and contingency entries: not a byte in the shared document', () => {
    const d = fresh();
    addOneOfEach(d, true, 'SECRET');
    addOneOfEach(d, false, 'OPEN');
    expect(sharedHas(d, 'SECRET')).toBe(false);
    const family = project(d.shared, null);
    expect([family.items, family.dangers, family.actions, family.contingency].map((l) => l.length)).toEqual([1, 1, 1, 1]);
    const pro = project(d.shared, d.professional);
    for (const list of [pro.items, pro.dangers, pro.actions, pro.contingency]) {
      expect(list.map((e) => e.restricted).sort()).toEqual([false, true]);
    }
    expect(pro.contingency.find((c) => c.restricted)).toMatchObject({ mightHappen: 'SECRET might', weWill: 'SECRET will' });
  });

  it('RS3 a family device cannot add a professionals-only entity (it has no professional document)', () => {
    const d = { shared: new Y.Doc(), professional: null };
    expect(addAction(d, { what: 'x', who: '', by: '', howWeKnow: '', links: [], restricted: true }).ok).toBe(false);
    expect(addContingency(d, { mightHappen: 'x', weWill: '', restricted: true }).ok).toBe(false);
  });
});

describe('RS2 one move for every restrictable collection', () => {
  it('RS2 restricting moves each kind to the professional twin with its id and text; sharing moves it back', () => {
    const d = fresh();
    const ids = addOneOfEach(d, false, 'MOVE');
    for (const id of Object.values(ids)) expect(setRestricted(d, id, true).ok).toBe(true);
    expect(JSON.stringify(d.shared.toJSON())).not.toContain('MOVE');
    const pro = project(d.shared, d.professional);
    expect(pro.dangers[0]).toMatchObject({ id: ids.danger, statement: 'MOVE danger', goal: 'MOVE goal', restricted: true });
    expect(pro.actions[0]).toMatchObject({ id: ids.action, what: 'MOVE action', howWeKnow: 'MOVE how', restricted: true });
    expect(pro.contingency[0]).toMatchObject({ id: ids.contingency, weWill: 'MOVE will', restricted: true });
    for (const id of Object.values(ids)) expect(setRestricted(d, id, false).ok).toBe(true);
    const family = project(d.shared, null);
    expect(family.dangers[0]).toMatchObject({ id: ids.danger, statement: 'MOVE danger', restricted: false });
    expect(family.contingency[0]).toMatchObject({ id: ids.contingency, mightHappen: 'MOVE might' });
    expect(d.professional!.getMap('dangers').size + d.professional!.getMap('actions').size).toBe(0);
  });

  it('RS2 a moved text is still a Y.Text, so typing after a move merges', () => {
    const d = fresh();
    const id = value(addDanger(d, { statement: 'A', goal: 'B', restricted: false }));
    setRestricted(d, id, true);
    expect(d.professional!.getMap<Y.Map<unknown>>('dangers').get(id)!.get('statement')).toBeInstanceOf(Y.Text);
  });

  it('RS2 refuses an unknown id and needs the professional document', () => {
    const d = fresh();
    expect(setRestricted(d, 'nosuchentity0000', true)).toEqual({ ok: false, reasons: [{ id: 'commands.restriction.deleted' }] });
    expect(setRestricted({ shared: d.shared, professional: null }, 'x', true).ok).toBe(false);
  });
});

describe('RS4 links never reveal a restricted entity to the family', () => {
  it('RS4 a shared action linked to a professionals-only danger: the shared document holds no trace of the danger, not even its id', () => {
    const d = fresh();
    const open = value(addDanger(d, { statement: 'Shared worry', goal: '', restricted: false }));
    const secret = value(addDanger(d, { statement: 'Closed worry', goal: '', restricted: true }));
    const action = value(addAction(d, { what: 'Police visit', who: '', by: '', howWeKnow: '', links: [open, secret], restricted: false }));
    expect(sharedHas(d, secret)).toBe(false);
    expect(project(d.shared, null).actions[0]!.links).toEqual([open]);
    expect(project(d.shared, d.professional).actions[0]!.links).toEqual([open, secret]);
    // Editing the links keeps the split.
    editAction(d, action, { links: [secret] });
    expect(sharedHas(d, secret)).toBe(false);
    expect(project(d.shared, d.professional).actions[0]!.links).toEqual([secret]);
    expect(project(d.shared, null).actions[0]!.links).toEqual([]);
  });

  it('RS4 restricting a linked danger takes its id out of the shared links; sharing it puts the link back', () => {
    const d = fresh();
    const danger = value(addDanger(d, { statement: 'Worry', goal: '', restricted: false }));
    const action = value(addAction(d, { what: 'Do it', who: '', by: '', howWeKnow: '', links: [danger], restricted: false }));
    setRestricted(d, danger, true);
    expect(project(d.shared, null).actions[0]!.links).toEqual([]);
    expect(project(d.shared, d.professional).actions[0]!.links).toEqual([danger]);
    setRestricted(d, danger, false);
    expect(project(d.shared, null).actions[0]!.links).toEqual([danger]);
    expect(d.professional!.getMap('hiddenLinks').size).toBe(0);
    expect(project(d.shared, d.professional).actions.find((a) => a.id === action)!.links).toEqual([danger]);
  });

  it('RS4 an action moves with its hidden links, and splits them again when shared', () => {
    const d = fresh();
    const secret = value(addDanger(d, { statement: 'Closed worry', goal: '', restricted: true }));
    const open = value(addDanger(d, { statement: 'Shared worry', goal: '', restricted: false }));
    const action = value(addAction(d, { what: 'Act', who: '', by: '', howWeKnow: '', links: [secret, open], restricted: false }));
    setRestricted(d, action, true);
    expect(project(d.shared, d.professional).actions[0]).toMatchObject({ restricted: true, links: [open, secret] });
    expect(d.professional!.getMap('hiddenLinks').size).toBe(0);
    setRestricted(d, action, false);
    expect(sharedHas(d, secret)).toBe(false);
    expect(project(d.shared, null).actions[0]!.links).toEqual([open]);
    expect([...project(d.shared, d.professional).actions[0]!.links].sort()).toEqual([open, secret].sort());
  });

  it('RS4 deleting a shared entity drops its hidden links', () => {
    const d = fresh();
    const secret = value(addDanger(d, { statement: 'Closed', goal: '', restricted: true }));
    const action = value(addAction(d, { what: 'Act', who: '', by: '', howWeKnow: '', links: [secret], restricted: false }));
    expect(d.professional!.getMap('hiddenLinks').has(action)).toBe(true);
    deleteAction(d, action);
    expect(d.professional!.getMap('hiddenLinks').has(action)).toBe(false);
  });
});

describe('RS6 the family’s numbers and counts show no gap', () => {
  it('RS6 numbers shared entities 1..n and gives restricted ones none', () => {
    const list = [
      { id: 'a', restricted: false },
      { id: 'b', restricted: true },
      { id: 'c', restricted: false },
    ];
    expect([...familyNumbers(list)]).toEqual([['a', 1], ['c', 2]]);
    expect(familyCount(list)).toBe(2);
  });

  it('AG2 the limit of danger statements counts the professionals-only ones too', () => {
    const d = fresh();
    for (let i = 0; i < MAX_DANGER_STATEMENTS; i++) value(addDanger(d, { statement: `D${i}`, goal: '', restricted: i % 2 === 0 }));
    expect(addDanger(d, { statement: 'one too many', goal: '', restricted: false }).ok).toBe(false);
  });
});
