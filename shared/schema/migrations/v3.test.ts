import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrate } from './index.ts';
import { project } from '../project.ts';

/** A frozen version 2 document, written with the keys version 2 used (never through today's commands). */
function versionTwoDocument(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = doc.getMap('meta');
    meta.set('schemaVersion', 2);
    meta.set('step', 'decision');
    const view = new Y.Map<unknown>();
    view.set('name', 'Sam Pryce');
    view.set('role', 'social_worker');
    view.set('family', false);
    view.set('perChild', [{ childId: 'c1', view: 'cp_plan' }, { childId: 'c2', view: 'cin_plan' }]);
    view.set('category', 'neglect');
    view.set('reason', 'Poppy is hungry at school.');
    view.set('onBehalf', false);
    view.set('at', '2030-12-16T11:00:00.000Z');
    doc.getMap('views').set('a1', view);
    const decision = doc.getMap('decision');
    decision.set('perChild', [{ childId: 'c1', outcome: 'register_and_cspp', category: 'neglect' }, { childId: 'c2', outcome: 'care_and_support_plan', category: null }]);
    const why = new Y.Text();
    why.insert(0, 'The professionals agree about Poppy.');
    decision.set('rationale', why);
    decision.set('decidedAt', '2030-12-16T11:30:00.000Z');
  });
  return doc;
}

describe('MG1 migration 3', () => {
  it('DV5 moves a view’s one category to each child the person wants a plan for', () => {
    const doc = versionTwoDocument();
    migrate(doc);
    const [view] = project(doc, null).views;
    expect(view!.perChild).toEqual([
      { childId: 'c1', view: 'cp_plan', category: 'neglect' },
      { childId: 'c2', view: 'cin_plan', category: null },
    ]);
    expect(doc.getMap('views').get('a1')).toBeInstanceOf(Y.Map);
    expect((doc.getMap('views').get('a1') as Y.Map<unknown>).has('category')).toBe(false);
  });

  it('DE6 keeps a decision recorded before the migration as the recorded version and its first history entry', () => {
    const doc = versionTwoDocument();
    migrate(doc);
    const { decision } = project(doc, null);
    expect(decision.recorded).toMatchObject({ recordedAt: '2030-12-16T11:30:00.000Z', rationale: 'The professionals agree about Poppy.', quorum: null });
    expect(decision.history).toHaveLength(1);
    // Running it again changes nothing.
    migrate(doc);
    expect(project(doc, null).decision.history).toHaveLength(1);
  });

  it('DE6 leaves a decision never recorded without a recorded version', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 2);
    doc.getMap('decision').set('perChild', []);
    migrate(doc);
    expect(project(doc, null).decision).toMatchObject({ recorded: null, history: [] });
  });
});
