import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addChildWords, putChildScale } from './childVoice.ts';
import { project } from '../schema/project.ts';
import { canSpeakForChild, enteredOnBehalf } from '../rules/childVoice.ts';

const poppy = { id: 'c1', name: 'Poppy Brightwater' };

describe('CV1/CV2 the child’s voice', () => {
  it('CV2 lets the child and their advocate speak for the child, and marks anyone but the child', () => {
    expect(canSpeakForChild('child') && canSpeakForChild('advocate')).toBe(true);
    expect(canSpeakForChild('parent') || canSpeakForChild('social_worker')).toBe(false);
    expect(enteredOnBehalf('child')).toBe(false);
    expect(enteredOnBehalf('advocate')).toBe(true);
  });

  it('CV1 keeps each child’s houses and own scale apart', () => {
    const doc = new Y.Doc();
    const child = { attendeeId: 'a1', name: 'Poppy Brightwater', role: 'child', onBehalfWords: null };
    expect(addChildWords(doc, { childId: 'c1', house: 'good_things', text: 'My dog Bramble' }, poppy, child, 'item00000001').ok).toBe(true);
    expect(addChildWords(doc, { childId: 'c1', house: 'attic', text: 'x' }, poppy, child, 'item00000002').ok).toBe(false);
    expect(putChildScale(doc, { childId: 'c1', score: 11, words: '' }, child).ok).toBe(false);
    expect(putChildScale(doc, { childId: 'c1', score: 7, words: 'ok' }, child).ok).toBe(true);
    expect(putChildScale(doc, { childId: 'c2', score: 3, words: '' }, { attendeeId: 'a2', name: 'Rhian Jones', role: 'advocate', onBehalfWords: 'Entered by Rhian Jones (advocate) for Ellis' }).ok).toBe(true);
    const m = project(doc, null);
    expect(m.items).toHaveLength(1);
    expect(m.items[0]).toMatchObject({ section: 'child_good_things', details: { childId: 'c1' }, source: { name: 'Poppy Brightwater' } });
    expect(m.childScales.map((s) => [s.childId, s.score, s.onBehalf])).toEqual([['c1', 7, false], ['c2', 3, true]]);
  });
});
