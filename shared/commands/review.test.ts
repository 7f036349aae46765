import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CARRIED, carryForward, recordProgress } from './review.ts';
import { addItem } from './items.ts';
import { addAction, addDanger } from './plan.ts';
import { addPerson } from './genogram.ts';
import { openRound, closeRound, publishScores } from './scaling.ts';
import { recordDecision } from './decision.ts';
import { collectionOf } from '../schema/record.ts';
import { docs } from '../schema/docLayout.ts';
import { project } from '../schema/project.ts';
import { ACTION } from '../schema/action.ts';
import { ITEM } from '../schema/item.ts';
import { CONTINGENCY } from '../schema/contingency.ts';
import { DANGER } from '../schema/danger.ts';
import { FIXTURE, RESTRICTED_TEXTS, seedAttendees, seedFixture } from '../../test/support/fixture.ts';
import { drawSampleFamily } from '../../test/support/genogramFixture.ts';

const must = <T>(r: { ok: true; value: T } | { ok: false; reasons: { id: string }[] }): T => {
  if (!r.ok) throw new Error(r.reasons.map((x) => x.id).join(' '));
  return r.value;
};
const children = [{ id: 'poppy', name: 'Poppy Brightwater' }, { id: 'ellis', name: 'Ellis Holloway-Brightwater' }];
const RESTRICTED_ITEM = 'RESTRICTED-LAST-TIME-ITEM-7c1e';
const RESTRICTED_PERSON = 'RESTRICTED-PERSON-Zed-4a90';
const RESTRICTED_DANGER = 'RESTRICTED-DANGER-0b3f';

/** The sample initial conference, finished: the fixture, the family tree, extra restricted entities, the decision recorded. */
function initialConference(): { shared: Y.Doc; professional: Y.Doc; linkedAction: string; restrictedDanger: string } {
  const d = { shared: new Y.Doc(), professional: new Y.Doc() };
  seedFixture(d, children, seedAttendees(d.shared));
  drawSampleFamily(d, { c1: 'poppy', c2: 'ellis' });
  must(addItem(d, { section: 'past_harm', text: RESTRICTED_ITEM, source: { name: 'PC Owain Rees', agency: '' }, restricted: true, addedBy: 'chair' }));
  must(addPerson(d, { name: RESTRICTED_PERSON, gender: 'male' }, { restricted: true }));
  const restrictedDanger = must(addDanger(d, { statement: RESTRICTED_DANGER, goal: 'Goal', restricted: true }));
  // A shared action linked to a restricted danger statement: the link lives in hiddenLinks (RS4).
  const linkedAction = must(addAction(d, { what: 'Shared action with a hidden link', who: 'Sam Pryce', by: '2025-03-01', howWeKnow: '', links: [restrictedDanger], restricted: false }));
  must(recordDecision(d.shared, { jurisdiction: 'wales', type: 'initial', children }, project(d.shared, null).decision));
  return { ...d, linkedAction, restrictedDanger };
}

const json = (doc: Y.Doc, collection: string) => doc.getMap(collection).toJSON() as Record<string, Record<string, unknown>>;
const bytes = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc));
const source = (d: { shared: Y.Doc; professional: Y.Doc }, id = 'initial0000', startsAt = '2024-12-16T10:00', version: number | null = 1) =>
  ({ ...d, conference: { id, startsAt, type: 'initial' as const }, version });

describe('RV1 carrying a finished conference forward into its review', () => {
  const from = initialConference();
  const to = { shared: new Y.Doc(), professional: new Y.Doc() };
  carryForward(source(from), to);
  const before = project(from.shared, from.professional);
  const after = project(to.shared, to.professional);

  it('RV1 copies the family tree, safety network, danger statements and plan exactly, each entity in the document it was in, same ids', () => {
    for (const type of CARRIED) {
      for (const doc of ['shared', 'professional'] as const) {
        const was = json(from[doc], type.collection);
        const now = json(to[doc], type.collection);
        expect(Object.keys(now).sort(), `${doc} ${type.collection}`).toEqual(Object.keys(was).sort());
        for (const [id, e] of Object.entries(was)) {
          const { carried, progress, progressNote, progressBy, progressAt, ...rest } = now[id]!;
          expect(rest, `${doc} ${type.collection} ${id}`).toEqual(e);
          if (type === DANGER) expect(carried).toBe(true);
          if (type === ACTION) expect({ carried, progress, progressNote, progressBy, progressAt }).toEqual({ carried: true, progress: null, progressNote: '', progressBy: '', progressAt: '' });
        }
      }
    }
    expect(after.genogram.people.map((p) => [p.id, p.name, p.restricted])).toEqual(before.genogram.people.map((p) => [p.id, p.name, p.restricted]));
    expect(after.genogram.details.filter((x) => x.restricted).map((x) => x.text)).toEqual(['7 Ffordd Ffug']);
    expect(after.dangers.map((x) => [x.id, x.statement, x.goal, x.restricted])).toEqual(before.dangers.map((x) => [x.id, x.statement, x.goal, x.restricted]));
    expect(after.actions.map((a) => [a.id, a.what, a.who, a.by, a.howWeKnow, a.links, a.restricted])).toEqual(before.actions.map((a) => [a.id, a.what, a.who, a.by, a.howWeKnow, a.links, a.restricted]));
    expect(after.actions.find((a) => a.id === from.linkedAction)?.links).toEqual([from.restrictedDanger]);
  });

  it('RV1 carries the contingency plan: every entry with its id, the professionals-only one in the professional document only', () => {
    expect(CARRIED).toContain(CONTINGENCY);
    expect(before.contingency).toHaveLength(FIXTURE.contingency_plan.length);
    expect(after.contingency.map((c) => [c.id, c.mightHappen, c.weWill, c.order, c.restricted])).toEqual(before.contingency.map((c) => [c.id, c.mightHappen, c.weWill, c.order, c.restricted]));
    const restricted = FIXTURE.contingency_plan.find((c: { visibility?: string }) => c.visibility === 'professionals_only');
    expect(after.contingency.find((c) => c.restricted)?.weWill).toBe(restricted.action);
    expect(project(to.shared, null).contingency.map((c) => c.mightHappen)).toEqual(
      FIXTURE.contingency_plan.filter((c: { visibility?: string }) => c.visibility !== 'professionals_only').map((c: { trigger: string }) => c.trigger));
  });

  it('RV1 the new shared document holds nothing restricted: no text, no id, not even inside a link', () => {
    const shared = bytes(to.shared);
    for (const text of [...RESTRICTED_TEXTS, '7 Ffordd Ffug', RESTRICTED_ITEM, RESTRICTED_PERSON, RESTRICTED_DANGER, from.restrictedDanger]) {
      expect(shared.includes(Buffer.from(text)), text).toBe(false);
    }
    expect(project(to.shared, null).actions.find((a) => a.id === from.linkedAction)?.links).toEqual([]);
    expect(bytes(to.professional).includes(Buffer.from(RESTRICTED_ITEM))).toBe(true);
  });

  it('RV1 the board, scores and views are not the review’s own: the board is "last time", beside this one', () => {
    for (const type of [ITEM]) {
      expect(collectionOf(to.shared, type).size).toBe(0);
      expect(collectionOf(to.professional, type).size).toBe(0);
    }
    expect(after.items).toEqual([]);
    expect(after.rounds).toEqual([]);
    expect(after.views).toEqual([]);
    expect(after.decision.recorded).toBeNull();
    expect(after.previous?.items.map((i) => [i.id, i.section, i.text, i.restricted])).toEqual(
      before.items.map((i) => [i.id, i.section, i.text, i.restricted]).sort((a, b) => Number(a[3]) - Number(b[3])));
    // A family device reads last time's shared items only.
    expect(project(to.shared, null).previous?.items.some((i) => i.text === RESTRICTED_ITEM)).toBe(false);
  });

  it('RV1 keeps the last decision per child as recorded, and where it came from', () => {
    const recorded = before.decision.recorded!;
    expect(after.previous).toMatchObject({ conferenceId: 'initial0000', startsAt: '2024-12-16T10:00', type: 'initial', version: 1 });
    expect(after.previous?.decision).toEqual({ perChild: recorded.perChild, keyWorker: FIXTURE.decision.lead_social_worker, coreGroup: recorded.coreGroup, recordedAt: recorded.recordedAt });
  });

  it('TR1 the trend holds exactly the revealed scores of the last conference', () => {
    const round = before.rounds.find((r) => r.status === 'revealed')!;
    expect(after.previous?.trend).toHaveLength(1);
    expect(after.previous?.trend[0]!.results).toEqual(round.results.map((r) => ({ name: r.name, role: r.role, group: r.group, score: r.score })));
    expect(after.previous?.trend[0]!.results.map((r) => r.score).sort()).toEqual(FIXTURE.participants.scorers.map((s: { overall: number }) => s.overall).sort());
  });

  it('RV1 a second review carries the whole trend: the initial conference’s round, then the first review’s', () => {
    const id = must(openRound(to.shared, { question: 'How safe now?', anchor0: 'Not safe', anchor10: 'Safe', direction: 'higher_is_riskier' }));
    must(closeRound(to.shared, id));
    must(publishScores(to.shared, id, [{ attendeeId: 'a1', name: 'Kerys Brightwater', role: 'parent', group: 'family', score: 3, reason: 'Better', onBehalf: false }]));
    const third = { shared: new Y.Doc(), professional: new Y.Doc() };
    carryForward({ ...to, conference: { id: 'review10000', startsAt: '2025-03-10T10:00', type: 'review' }, version: null }, third);
    const trend = project(third.shared, null).previous!.trend;
    expect(trend.map((t) => [t.conferenceId, t.type, t.direction])).toEqual([['initial0000', 'initial', 'higher_is_safer'], ['review10000', 'review', 'higher_is_riskier']]);
    expect(trend[1]!.results).toEqual([{ name: 'Kerys Brightwater', role: 'parent', group: 'family', score: 3 }]);
    expect(project(third.shared, null).previous?.version).toBeNull();
  });
});

describe('RV3 progress on last time’s plan', () => {
  const from = initialConference();
  const to = { shared: new Y.Doc(), professional: new Y.Doc() };
  carryForward(source(from), to);
  const by = { name: 'Sam Pryce', at: '2025-02-01T09:00:00.000Z' };

  it('RV3 records a state and comment on a carried action, in the document the action is in', () => {
    const restricted = project(to.shared, to.professional).actions.find((a) => a.restricted)!;
    must(recordProgress(to, restricted.id, { progress: 'partly_done', note: 'Two of four sessions' }, by));
    const shared = project(to.shared, to.professional).actions.find((a) => !a.restricted)!;
    must(recordProgress(to, shared.id, { progress: 'done', note: '' }, by));
    const m = project(to.shared, to.professional);
    expect(m.actions.find((a) => a.id === restricted.id)).toMatchObject({ progress: 'partly_done', progressNote: 'Two of four sessions', progressBy: 'Sam Pryce', progressAt: by.at });
    expect(m.actions.find((a) => a.id === shared.id)).toMatchObject({ progress: 'done' });
    expect(bytes(to.shared).includes(Buffer.from('Two of four sessions'))).toBe(false);
  });

  it('RV3 refuses an action made at the review, an unknown one, and a state that is not one of the four', () => {
    const fresh = must(addAction(to, { what: 'New at the review', who: '', by: '', howWeKnow: '', links: [], restricted: false }));
    expect(recordProgress(to, fresh, { progress: 'done', note: '' }, by).ok).toBe(false);
    expect(recordProgress(to, 'nothere0', { progress: 'done', note: '' }, by).ok).toBe(false);
    const shared = project(to.shared, null).actions.find((a) => a.carried)!;
    expect(recordProgress(to, shared.id, { progress: 'finished' as never, note: '' }, by).ok).toBe(false);
    expect(docs.previous(to.shared).size).toBeGreaterThan(0);
  });
});
