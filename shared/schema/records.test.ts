import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RESTRICTABLE } from './restrictable.ts';
import { readCollection, readEntity } from './record.ts';
import { ITEM, ITEM_FIELDS } from './item.ts';
import { ACTION } from './action.ts';
import { CONTINGENCY, CONTINGENCY_FIELDS } from './contingency.ts';
import { DANGER } from './danger.ts';
import { migrate } from './migrations/index.ts';
import { SCHEMA_VERSION } from './docLayout.ts';
import { project } from './project.ts';
import { version1Document } from '../../test/support/oldDocuments.ts';

describe('RS1 the registry of restrictable collections', () => {
  it('RS1 lists board items, danger statements, actions, contingency entries and the genogram’s collections, each restrictable, each its own collection', () => {
    expect(RESTRICTABLE.map((t) => t.collection)).toEqual(['items', 'dangers', 'actions', 'contingency', 'people', 'relationships', 'households', 'details', 'network']);
    expect(RESTRICTABLE.every((t) => t.restrictable)).toBe(true);
    expect(new Set(RESTRICTABLE.map((t) => t.collection)).size).toBe(RESTRICTABLE.length);
  });

  it('RS1 every declared text, link or owner field is a field of the record’s validator, and every list on the board is ordered', () => {
    for (const t of RESTRICTABLE) {
      const keys = Object.keys(t.schema.shape);
      for (const f of [...t.text, ...t.links, ...(t.owners ?? [])]) expect(keys, `${t.collection}.${f}`).toContain(f);
    }
    // The genogram is placed by its layout, not listed in order.
    for (const t of [ITEM, DANGER, ACTION, CONTINGENCY]) expect(Object.keys(t.schema.shape)).toContain('order');
  });

  it('field keys come from the validator', () => {
    expect(ITEM_FIELDS.section).toBe('section');
    expect(Object.keys(CONTINGENCY_FIELDS)).toEqual(['mightHappen', 'weWill', 'order']);
  });
});

describe('PR2 each record is read through its validator (repair on read)', () => {
  const mapOf = (doc: Y.Doc, values: Record<string, unknown>) => {
    const m = new Y.Map<unknown>();
    doc.getMap('x').set('m', m);
    for (const [k, v] of Object.entries(values)) m.set(k, v);
    return m;
  };

  it('PR2 a stray field reads as its default; Y.Text reads as a string', () => {
    const doc = new Y.Doc();
    const what = new Y.Text();
    const m = mapOf(doc, { what, who: 42, links: 'not a list', order: 'a1' });
    what.insert(0, 'Police visit');
    expect(readEntity(ACTION, 'id1', m.toJSON(), false)).toEqual({ id: 'id1', restricted: false, what: 'Police visit', who: '', by: '', howWeKnow: '', links: [], order: 'a1',
      carried: false, progress: null, progressNote: '', progressBy: '', progressAt: '' });
  });

  it('PR2 an item without a section cannot be placed and is dropped; a stray value in a collection is not an entity', () => {
    const doc = new Y.Doc();
    doc.getMap('items').set('bad', new Y.Map());
    doc.getMap('items').set('stray', 'text');
    expect(readCollection(ITEM, doc, false)).toEqual([]);
  });

  it('PR2 an attendee with an unknown role or attendance reads with safe defaults, not as whatever was written', () => {
    const doc = new Y.Doc();
    const m = new Y.Map<unknown>();
    doc.getMap('attendees').set('a1', m);
    m.set('name', 'Kerys');
    m.set('role', 'superuser');
    m.set('attendance', 'maybe');
    expect(project(doc, null).attendees).toEqual([{ id: 'a1', name: 'Kerys', role: 'other_professional', agency: '', attendance: 'present', languageNeeded: '', interpreterBooked: false }]);
  });

  it('PR2 a danger with nothing but an order still reads, with empty texts', () => {
    const doc = new Y.Doc();
    const m = new Y.Map<unknown>();
    doc.getMap('dangers').set('d1', m);
    m.set('order', 'a0');
    expect(readCollection(DANGER, doc, true)).toEqual([{ id: 'd1', restricted: true, statement: '', goal: '', order: 'a0', carried: false }]);
  });
});

describe('MG2 the contingency text becomes a list of entries', () => {
  it('MG2 a version 1 document with contingency text gets one entry holding it, and the old text is gone', () => {
    const doc = version1Document('Any further incident: Kerys uses the code word and Glenys collects the children.');
    expect(migrate(doc)).toEqual({ from: 1, to: SCHEMA_VERSION });
    const m = project(doc, null);
    expect(m.contingency).toHaveLength(1);
    expect(m.contingency[0]).toMatchObject({
      mightHappen: 'Things do not get better quickly enough',
      weWill: 'Any further incident: Kerys uses the code word and Glenys collects the children.',
      restricted: false,
    });
    expect(doc.getMap('plan').has('contingency')).toBe(false);
    expect(m.actions.map((a) => a.what)).toEqual(['Dean attends the programme']);
    expect(migrate(doc)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    expect(project(doc, null).contingency).toHaveLength(1);
  });

  it('MG2 an empty or missing contingency text makes no entry', () => {
    for (const text of ['', '   ', null]) {
      const doc = version1Document(text);
      migrate(doc);
      expect(project(doc, null).contingency).toEqual([]);
    }
  });

  it('MG2 the entry is a real contingency entry: its texts are Y.Text and it can be restricted like any other', () => {
    const doc = version1Document('Call the duty team');
    migrate(doc);
    const [id, entry] = [...doc.getMap<Y.Map<unknown>>(CONTINGENCY.collection).entries()][0]!;
    expect(entry.get('weWill')).toBeInstanceOf(Y.Text);
    expect(id).toMatch(/^[a-z0-9]{16}$/);
  });
});
