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
