import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addChildWords, putChildScale } from './childVoice.ts';
import { project } from '../schema/project.ts';
import { canSpeakForChild, enteredOnBehalf } from '../rules/childVoice.ts';
import { enteredByOf, enteredByWords } from '../rules/enteredBy.ts';
import { version4EnteredByDocument } from '../../test/support/oldDocuments.ts';
import { recordMessages } from '../export/messages.ts';

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
    const child = { attendeeId: 'a1', name: 'Poppy Brightwater', role: 'child', onBehalf: null };
    expect(addChildWords(doc, { childId: 'c1', house: 'good_things', text: 'My dog Bramble' }, poppy, child, 'item00000001').ok).toBe(true);
    expect(addChildWords(doc, { childId: 'c1', house: 'attic', text: 'x' }, poppy, child, 'item00000002').ok).toBe(false);
    expect(putChildScale(doc, { childId: 'c1', score: 11, words: '' }, child).ok).toBe(false);
    expect(putChildScale(doc, { childId: 'c1', score: 7, words: 'ok' }, child).ok).toBe(true);
    expect(putChildScale(doc, { childId: 'c2', score: 3, words: '' }, { attendeeId: 'a2', name: 'Rhian Jones', role: 'advocate', onBehalf: { name: 'Rhian Jones', role: 'advocate' } }).ok).toBe(true);
    const m = project(doc, null);
    expect(m.items).toHaveLength(1);
    expect(m.items[0]).toMatchObject({ section: 'child_good_things', details: { childId: 'c1' }, source: { name: 'Poppy Brightwater' } });
    expect(m.childScales.map((s) => [s.childId, s.score, s.onBehalf])).toEqual([['c1', 7, false], ['c2', 3, true]]);
  });

  it('CV2 an item stored with the English line (before issue 13) still reads, and in Welsh when its role is known', () => {
    const m = project(version4EnteredByDocument(), null);
    const [known, unknown] = m.items;
    expect(enteredByWords(known!.details, 'Ellis', 'en')).toBe('Entered by Rhian Jones (advocate) for Ellis');
    expect(enteredByWords(known!.details, 'Ellis', 'cy')).toMatch(/^Wedi'i roi gan Rhian Jones \(.+\) ar ran Ellis$/);
    expect(enteredByOf(known!.details)).toEqual({ name: 'Rhian Jones', role: 'advocate' });
    // The record says it in its own language, after who the words are from.
    expect(recordMessages('cy').saidBy(known!)).toMatch(/^Ellis Holloway-Brightwater\. Wedi'i roi gan Rhian Jones/);
    // A line whose role cannot be told is shown as it was stored.
    expect(enteredByWords(unknown!.details, 'Ellis', 'cy')).toBe('Entered by Rhian Jones (friend of the family) for Ellis');
    // New items keep the facts.
    const doc = new Y.Doc();
    addChildWords(doc, { childId: 'c1', house: 'dreams', text: 'A dog' }, poppy, { attendeeId: 'a2', name: 'Rhian Jones', role: 'advocate', onBehalf: { name: 'Rhian Jones', role: 'advocate' } }, 'item00000003');
    expect(project(doc, null).items[0]!.details).toEqual({ childId: 'c1', enteredByName: 'Rhian Jones', enteredByRole: 'advocate' });
  });
});
