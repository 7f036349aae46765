import * as Y from 'yjs';

/**
 * Conference documents as earlier schema versions wrote them: frozen here, with raw Yjs keys, never
 * built with today's commands, so migrations are tested against what is really stored.
 */
export function version1Document(contingency: string | null): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = doc.getMap('meta');
    meta.set('schemaVersion', 1);
    meta.set('step', 'plan');
    meta.set('presenting', false);
    meta.set('closedSession', false);
    meta.set('status', 'open');
    const action = new Y.Map<unknown>();
    doc.getMap('actions').set('action00000000001', action);
    action.set('what', new Y.Text('Dean attends the programme'));
    action.set('who', 'Dean');
    action.set('by', '2031-03-07');
    action.set('howWeKnow', new Y.Text(''));
    action.set('links', []);
    action.set('order', 'a0');
    if (contingency !== null) doc.getMap('plan').set('contingency', new Y.Text(contingency));
  });
  return doc;
}

/**
 * Version 4 (CV1/CV2): a child's words entered by their advocate, the record's line stored in
 * English in the item (`details.enteredBy`), and one whose line names no role we know.
 */
export function version4EnteredByDocument(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = doc.getMap('meta');
    meta.set('schemaVersion', 4);
    meta.set('step', 'child_voice');
    meta.set('presenting', false);
    meta.set('closedSession', false);
    meta.set('status', 'open');
    const item = (id: string, text: string, enteredBy: string) => {
      const m = new Y.Map<unknown>();
      doc.getMap('items').set(id, m);
      m.set('section', 'child_worries');
      m.set('text', new Y.Text(text));
      m.set('source', { name: 'Ellis Holloway-Brightwater', agency: '' });
      m.set('details', { childId: 'c2', enteredBy });
      m.set('addedAt', '2031-03-01T10:00:00.000Z');
      m.set('addedBy', 'a2');
      m.set('order', id === 'item0000000000001' ? 'a0' : 'a1');
    };
    item('item0000000000001', 'When Dad shouts', 'Entered by Rhian Jones (advocate) for Ellis');
    item('item0000000000002', 'The dark', 'Entered by Rhian Jones (friend of the family) for Ellis');
  });
  return doc;
}
