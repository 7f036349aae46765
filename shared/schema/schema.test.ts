import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrate, schemaVersionOf } from './migrations/index.ts';
import { SCHEMA_VERSION, parseRoomName, roomNames, setText } from './docLayout.ts';
import { project } from './project.ts';
import { addItem, deleteItem, editItem, moveItem } from '../commands/items.ts';
import { setRestricted } from '../commands/restriction.ts';
import { setStep } from '../commands/meeting.ts';
import { english } from '../../test/support/english.ts';
import { sourceAgency } from './item.ts';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};
const source = { name: 'Sam Pryce', agency: 'Children’s Services' };

describe('MG1 migrations', () => {
  it('MG1 brings an empty (version 0) document to the current version once', () => {
    const doc = new Y.Doc();
    expect(schemaVersionOf(doc)).toBe(0);
    expect(migrate(doc)).toEqual({ from: 0, to: SCHEMA_VERSION });
    const m = project(doc, null);
    expect(m).toMatchObject({ schemaVersion: SCHEMA_VERSION, step: 'welcome', presenting: false, closedSession: false, tooNew: false });
    expect(migrate(doc)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
  });

  it('MG1 keeps what a version 0 document already had', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('step', 'worries');
    migrate(doc);
    expect(project(doc, null).step).toBe('worries');
  });

  it('PR1 flags a document from a newer version as too new', () => {
    const doc = new Y.Doc();
    migrate(doc);
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
    expect(project(doc, null).tooNew).toBe(true);
  });
});

describe('room names', () => {
  it('parses shared and professional rooms and rejects anything else', () => {
    const r = roomNames('abcdefghij0123456789');
    expect(parseRoomName(r.shared)).toEqual({ conferenceId: 'abcdefghij0123456789', kind: 'shared' });
    expect(parseRoomName(r.professional)).toEqual({ conferenceId: 'abcdefghij0123456789', kind: 'professional' });
    for (const bad of ['', '../etc', 'ABCDEFGHIJK', 'abcdefghij/other', 'abcdefghij0123456789/professional/x']) expect(parseRoomName(bad)).toBeNull();
  });
});

describe('board commands and projection', () => {
  it('BD1 validates input and reports plain reasons', () => {
    const d = { shared: new Y.Doc(), professional: null };
    expect(english(addItem(d, { section: 'nowhere', text: 'x', source, restricted: false, addedBy: 'u' }))).toEqual({ ok: false, reasons: ['Choose a section for this item'] });
    expect(addItem(d, { section: 'strengths', text: '   ', source, restricted: false, addedBy: 'u' })).toMatchObject({ ok: false });
    expect(english(addItem(d, { section: 'strengths', text: 'ok', source, restricted: true, addedBy: 'u' }))).toEqual({ ok: false, reasons: ['Only professionals can add restricted items'] });
  });

  it('BD5 keeps restricted items out of the shared document, and moves them both ways', () => {
    const d = { shared: new Y.Doc(), professional: new Y.Doc() };
    const secret = addItem(d, { section: 'complicating_factors', text: 'Police investigation detail', source, restricted: true, addedBy: 'u' });
    const open = addItem(d, { section: 'strengths', text: 'Walks Poppy to school', source, restricted: false, addedBy: 'u' });
    if (!secret.ok || !open.ok) throw new Error('setup');
    expect(JSON.stringify(d.shared.toJSON())).not.toContain('Police investigation');
    // (Different sections: order keys only order items within a section, so sort by text here.)
    expect(project(d.shared, d.professional).items.map((i) => [i.text, i.restricted]).sort()).toEqual([
      ['Police investigation detail', true],
      ['Walks Poppy to school', false],
    ]);
    expect(project(d.shared, null).items.map((i) => i.text)).toEqual(['Walks Poppy to school']);
    setRestricted(d, open.value, true);
    expect(project(d.shared, null).items).toEqual([]);
    setRestricted(d, secret.value, false);
    expect(project(d.shared, null).items.map((i) => i.id)).toEqual([secret.value]);
  });

  it('BD2 merges concurrent text edits in different places', () => {
    const a = { shared: new Y.Doc(), professional: null };
    const b = { shared: new Y.Doc(), professional: null };
    const r = addItem(a, { section: 'strengths', text: 'Nain helps every day', source, restricted: false, addedBy: 'u' });
    if (!r.ok) throw new Error('setup');
    sync(a.shared, b.shared);
    editItem(a, r.value, { text: 'Glenys (Nain) helps every day' });
    editItem(b, r.value, { text: 'Nain helps every day after school' });
    sync(a.shared, b.shared);
    expect(project(a.shared, null).items[0]!.text).toBe('Glenys (Nain) helps every day after school');
    expect(project(b.shared, null).items[0]!.text).toBe('Glenys (Nain) helps every day after school');
  });

  it('BD3 orders by fractional index and survives concurrent moves without duplicates', () => {
    const a = { shared: new Y.Doc(), professional: null };
    const ids = ['one', 'two', 'three'].map((t) => {
      const r = addItem(a, { section: 'grey_areas', text: t, source, restricted: false, addedBy: 'u' });
      if (!r.ok) throw new Error('setup');
      return r.value;
    });
    const b = { shared: new Y.Doc(), professional: null };
    sync(a.shared, b.shared);
    const orders = project(a.shared, null).items.map((i) => i.order);
    moveItem(a, ids[2]!, null, orders[0]!); // three to the top
    moveItem(b, ids[0]!, orders[2]!, null); // one to the bottom
    sync(a.shared, b.shared);
    const texts = (x: Y.Doc) => project(x, null).items.map((i) => i.text);
    expect(texts(a.shared)).toEqual(texts(b.shared));
    expect(new Set(texts(a.shared)).size).toBe(3);
    deleteItem(a, ids[1]!);
    expect(texts(a.shared)).toHaveLength(2);
  });

  it('PR1 reuses unchanged entities so selectors do not re-render', () => {
    const d = { shared: new Y.Doc(), professional: null };
    addItem(d, { section: 'strengths', text: 'A', source, restricted: false, addedBy: 'u' });
    const first = project(d.shared, null);
    setStep(d, 'worries');
    const second = project(d.shared, null, first);
    expect(second.items).toBe(first.items);
    expect(second.step).toBe('worries');
    expect(Object.isFrozen(second.items[0])).toBe(true);
  });

  it('setText touches only the changed middle', () => {
    const doc = new Y.Doc();
    const t = doc.getText('t');
    t.insert(0, 'hello world');
    setText(t, 'hello brave world');
    expect(t.toString()).toBe('hello brave world');
  });
});

describe('who said an item, in each reader’s language', () => {
  it('an accepted proposal from someone with no agency keeps their role as a fact; each reader sees it in their language; a typed agency is as written', () => {
    const d = { shared: new Y.Doc(), professional: null };
    const r = addItem(d, { section: 'strengths', text: 'Mae Dean wedi bod i bob sesiwn.', source: { name: 'Kerys Brightwater', agency: '', role: 'parent' }, restricted: false, addedBy: 'Gwen' });
    expect(r.ok).toBe(true);
    const item = project(d.shared, null).items[0]!;
    expect(item.source).toEqual({ name: 'Kerys Brightwater', agency: '', role: 'parent' });
    expect(sourceAgency(item.source, 'cy')).toBe('Rhiant neu ofalwr');
    expect(sourceAgency(item.source, 'en')).toBe('Parent or carer');
    expect(sourceAgency({ agency: 'Ysgol Afonwen', role: 'parent' }, 'en')).toBe('Ysgol Afonwen');
    expect(sourceAgency({ agency: '', role: 'someone' }, 'cy')).toBe('someone');
    expect(sourceAgency(source, 'cy')).toBe('Children’s Services');
  });
});
