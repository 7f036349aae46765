import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, assignStaff } from './support/api.ts';
import { seedConference, type SeededConference } from './support/record.ts';
import { FIXTURE, RESTRICTED_TEXTS } from './support/fixture.ts';
import { connect, eventually } from './support/sync.ts';
import { connectCapturing, type CapturingClient } from './security/wire.ts';
import { intentId } from './security/harness.ts';
import { project } from '../shared/schema/project.ts';
import { roomNames } from '../shared/schema/docLayout.ts';
import { openRound, closeRound } from '../shared/commands/scaling.ts';
import type { CaseView, ReviewCreated } from '../shared/api/cases.ts';

/**
 * RV1–RV3, CA1–CA2, TR1 against the real server: a review made from the finished sample initial
 * conference carries forward exactly what it should, a family device of the review receives nothing
 * professionals only (checked on the bytes), progress is reported by the chair or the key worker
 * only, the trend's numbers are the revealed scores, and the case lists its conferences in order.
 */

let server: TestServer;
let chair: ApiClient;
let notetaker: ApiClient;
let initial: SeededConference;
let review: ReviewCreated;
/** A second review, made from the first (in the case view's tests). */
let second: ReviewCreated;
const sockets: { destroy(): void }[] = [];

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const SCHEDULE = { durationMinutes: 90, venue: 'Afonwen Family Centre, Room 2 (fictional)', online: false, reference: '' };
const intent = (c: ApiClient, conferenceId: string, body: Record<string, unknown>) => c.post(`/api/conferences/${conferenceId}/intents`, { id: intentId(), ...body });
/** One device per invite: a second device would wait in the lobby (LB1). */
const joined = new Map<string, ApiClient>();
const join = async (token: string) => {
  const known = joined.get(token);
  if (known) return known;
  const c = new ApiClient(server.url);
  expect((await c.post('/api/join', { token })).status).toBe(200);
  joined.set(token, c);
  return c;
};
const inviteOf = (name: string) => review.invites.find((i) => i.name === name)!;

beforeAll(async () => {
  server = await startTestServer();
  const creds = await server.addStaff('chair', 'Gwen Ashcombe');
  chair = await new ApiClient(server.url).login(creds.email, creds.password);
  const nt = await server.addStaff('notetaker', 'Tomos Bryn');
  notetaker = await new ApiClient(server.url).login(nt.email, nt.password);
  // The initial conference a few days ago, so some of its deadlines are still to come.
  initial = await seedConference(server, chair, `${days(-3)}T10:00`);
  await assignStaff(chair, initial.id, notetaker);
  expect((await intent(chair, initial.id, { type: 'record_decision' })).status).toBe(200);
  expect((await chair.post(`/api/conferences/${initial.id}/close`, {})).status).toBe(200);
  expect((await chair.post(`/api/conferences/${initial.id}/record/finalise`, {})).status).toBe(200);
  const r = await chair.post('/api/conferences', { type: 'review', previousConferenceId: initial.id, startsAt: `${days(60)}T10:00`, ...SCHEDULE });
  expect(r.status, r.text).toBe(201);
  review = r.body as ReviewCreated;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await server.stop();
});

describe('RV1 a review made from the finished initial conference', () => {
  it('RV1/CA1 joins the case with the same children (same ids), the same jurisdiction, and says it came from version 1', () => {
    expect(review.conference).toMatchObject({ type: 'review', jurisdiction: 'wales', caseId: initial.id, previousConferenceId: initial.id, status: 'open' });
    expect(review.conference.children.map((c) => [c.id, c.name])).toEqual(initial.children.map((c) => [c.id, c.name]));
    expect(review.carriedFrom).toEqual({ conferenceId: initial.id, version: 1 });
  });

  it('RV1 invites everyone invited last time again, each with a fresh link; the old links never open the review', async () => {
    expect(review.invites.map((i) => i.name).sort()).toEqual([...initial.invites.keys()].sort());
    for (const i of review.invites) expect(i.token).not.toBe(initial.invites.get(i.name));
    expect(new Set(review.invites.map((i) => i.token)).size).toBe(review.invites.length);
    const old = new ApiClient(server.url);
    expect((await old.post('/api/join', { token: initial.invites.get('Kerys Brightwater')! })).status).not.toBe(200);
    const detail = await chair.get(`/api/conferences/${review.conference.id}`);
    expect(detail.body.attendees.map((a: { attendance: string }) => a.attendance)).toEqual(review.invites.map(() => 'present'));
  });

  it('RV1 the review’s documents hold last time’s family tree, danger statements, plan, contingency plan and decision, exactly; the board is "last time"', async () => {
    const from = roomNames(initial.id);
    const to = roomNames(review.conference.id);
    const was = await server.registry.withRoom(from.shared, (s) => server.registry.withRoom(from.professional, (p) => project(s.doc, p.doc)));
    const now = await server.registry.withRoom(to.shared, (s) => server.registry.withRoom(to.professional, (p) => project(s.doc, p.doc)));
    expect(now.genogram.people.map((p) => [p.id, p.name, p.childId, p.restricted])).toEqual(was.genogram.people.map((p) => [p.id, p.name, p.childId, p.restricted]));
    expect(now.genogram.details.map((d) => [d.id, d.text, d.restricted])).toEqual(was.genogram.details.map((d) => [d.id, d.text, d.restricted]));
    expect(now.genogram.network).toEqual(was.genogram.network);
    expect(now.dangers.map((d) => [d.id, d.statement, d.goal, d.restricted])).toEqual(was.dangers.map((d) => [d.id, d.statement, d.goal, d.restricted]));
    expect(now.actions.map((a) => [a.id, a.what, a.who, a.by, a.howWeKnow, a.links, a.restricted, a.carried, a.progress]))
      .toEqual(was.actions.map((a) => [a.id, a.what, a.who, a.by, a.howWeKnow, a.links, a.restricted, true, null]));
    expect(now.actions.map((a) => a.what)).toEqual(FIXTURE.plan_actions.map((a: { what: string }) => a.what));
    expect(now.previous?.decision?.perChild).toEqual(was.decision.recorded?.perChild);
    expect(now.previous?.decision?.keyWorker).toBe(FIXTURE.decision.lead_social_worker);
    expect(now.items).toEqual([]);
    // The contingency plan stands until the review changes it: each entry, with its id, in the document it was in.
    expect(now.contingency.map((c) => [c.id, c.mightHappen, c.weWill, c.restricted])).toEqual(was.contingency.map((c) => [c.id, c.mightHappen, c.weWill, c.restricted]));
    expect(now.contingency.map((c) => c.mightHappen)).toEqual(FIXTURE.contingency_plan.map((c: { trigger: string }) => c.trigger));
    expect(now.previous?.items.map((i) => i.text).sort()).toEqual(was.items.map((i) => i.text).sort());
    // TR1: the trend is the initial conference's revealed round, score for score.
    const revealed = was.rounds.find((r) => r.status === 'revealed')!;
    expect(now.previous?.trend[0]?.results).toEqual(revealed.results.map(({ name, role, group, score }) => ({ name, role, group, score })));
  });

  it('RV1 nothing professionals only reaches a family device of the review: not in the bytes of its shared document', async () => {
    const parent = await join(inviteOf('Kerys Brightwater').token);
    const projector = await join(inviteOf('Room projector').token);
    const capturing: CapturingClient[] = [parent, projector].map((c) => connectCapturing(server.url, review.conference.id, c.cookie));
    sockets.push(...capturing);
    const shared = FIXTURE.plan_actions.find((a: { visibility: string }) => a.visibility !== 'professionals_only').what as string;
    await eventually(() => capturing.every((c) => Buffer.concat(c.received).includes(Buffer.from(shared))), 5000, 'family synced');
    for (const c of capturing) {
      const bytes = Buffer.concat(c.received);
      for (const text of [...RESTRICTED_TEXTS, '7 Ffordd Ffug']) expect(bytes.includes(Buffer.from(text)), text).toBe(false);
      expect(project(c.doc, null).actions.every((a) => !a.restricted)).toBe(true);
    }
    // …and the family cannot open the professional document of the review.
    const refused = connect(server.url, `${review.conference.id}/professional`, parent.cookie);
    sockets.push(refused);
    await new Promise((r) => setTimeout(r, 500));
    expect(refused.provider.synced).toBe(false);
  });
});

describe('RV3 progress on last time’s plan between conferences', () => {
  it('RV3 the key worker (invited again) and the chair report progress; a parent and another professional cannot; each is audited', async () => {
    const confId = review.conference.id;
    const keyWorker = await join(inviteOf(FIXTURE.decision.lead_social_worker).token);
    const police = await join(inviteOf('PC Owain Rees').token);
    const parent = await join(inviteOf('Dean Holloway').token);
    const actions = await server.registry.withRoom(roomNames(confId).shared, (s) => server.registry.withRoom(roomNames(confId).professional, (p) => project(s.doc, p.doc).actions));
    const restricted = actions.find((a) => a.restricted)!;
    const shared = actions.find((a) => !a.restricted)!;
    expect((await intent(keyWorker, confId, { type: 'record_progress', actionId: restricted.id, progress: 'partly_done', note: 'Four of eight sessions so far' })).status).toBe(200);
    expect((await intent(chair, confId, { type: 'record_progress', actionId: shared.id, progress: 'done', note: 'Checked at core group' })).status).toBe(200);
    expect((await intent(parent, confId, { type: 'record_progress', actionId: shared.id, progress: 'not_done', note: '' })).status).toBe(403);
    expect((await intent(police, confId, { type: 'record_progress', actionId: shared.id, progress: 'not_done', note: '' })).status).toBe(403);
    expect((await intent(notetaker, confId, { type: 'record_progress', actionId: shared.id, progress: 'not_done', note: '' })).status).toBe(403);
    const after = await server.registry.withRoom(roomNames(confId).shared, (s) => server.registry.withRoom(roomNames(confId).professional, (p) => project(s.doc, p.doc).actions));
    expect(after.find((a) => a.id === restricted.id)).toMatchObject({ progress: 'partly_done', progressNote: 'Four of eight sessions so far', progressBy: FIXTURE.decision.lead_social_worker });
    expect(after.find((a) => a.id === shared.id)).toMatchObject({ progress: 'done', progressNote: 'Checked at core group', progressBy: 'Gwen Ashcombe' });
    // A restricted action's progress stays in the professional document.
    const familyBytes = await server.registry.withRoom(roomNames(confId).shared, (s) => Buffer.from(JSON.stringify(s.doc.toJSON())));
    expect(familyBytes.includes(Buffer.from('Four of eight sessions so far'))).toBe(false);
    const audit = (await server.store.listAudit({})).filter((e) => e.conferenceId === confId && e.action === 'progress_recorded');
    expect(audit.map((e) => e.detail)).toEqual([`${restricted.id} partly_done`, `${shared.id} done`]);
  });
});

describe('CA2 the case view', () => {
  beforeAll(async () => {
    // The first review scales: two people score, the chair reveals.
    const confId = review.conference.id;
    const roundId = await server.registry.withRoom(roomNames(confId).shared, (s) => {
      const r = openRound(s.doc, { question: 'How safe are Poppy and Ellis now?', anchor0: 'Not safe', anchor10: 'Safe enough to close', direction: 'higher_is_safer' }, 'server');
      if (!r.ok) throw new Error(r.reasons.join(' '));
      return r.value;
    });
    for (const [name, score] of [['Kerys Brightwater', 7], [FIXTURE.decision.lead_social_worker, 5]] as const) {
      const c = await join(inviteOf(name).token);
      expect((await intent(c, confId, { type: 'submit_score', roundId, score, reason: 'Things are calmer' })).status).toBe(200);
    }
    await server.registry.withRoom(roomNames(confId).shared, (s) => closeRound(s.doc, roundId, 'server'));
    expect((await intent(chair, confId, { type: 'reveal_scores', roundId })).status).toBe(200);
    // A second review, made from the first before it is finalised: its documents as they stand.
    const r = await chair.post('/api/conferences', { type: 'review', previousConferenceId: confId, startsAt: `${days(240)}T10:00`, ...SCHEDULE });
    expect(r.status, r.text).toBe(201);
    second = r.body as ReviewCreated;
  });

  it('TR1 the second review’s trend is both earlier rounds, with exactly the scores revealed then', async () => {
    expect(second.carriedFrom).toEqual({ conferenceId: review.conference.id, version: null });
    const trend = await server.registry.withRoom(roomNames(second.conference.id).shared, (s) => project(s.doc, null).previous!.trend);
    expect(trend.map((t) => t.conferenceId)).toEqual([initial.id, review.conference.id]);
    expect(trend[1]!.results.map((r) => [r.name, r.score])).toEqual([[FIXTURE.decision.lead_social_worker, 5], ['Kerys Brightwater', 7]]);
    expect(trend[0]!.results.map((r) => r.score).sort()).toEqual(FIXTURE.participants.scorers.map((s: { overall: number }) => s.overall).sort());
  });

  it('CA2 lists the case’s conferences oldest first, with date, type, decision per child, scaling and open deadlines', async () => {
    const r = await chair.get(`/api/cases/${initial.id}`);
    expect(r.status).toBe(200);
    const view = r.body as CaseView;
    expect(view.conferences.map((c) => [c.conference.id, c.conference.type])).toEqual([[initial.id, 'initial'], [review.conference.id, 'review'], [second.conference.id, 'review']]);
    const [first, firstReview] = view.conferences;
    expect(first!.finalisedVersion).toBe(1);
    expect(first!.decision.map((d) => [d.childName, d.outcome, d.category])).toEqual(
      FIXTURE.decision.per_child.map((c: { child: 'c1' | 'c2'; outcome: string; category: string | null }) => [initial.children[c.child === 'c1' ? 0 : 1]!.name, c.outcome, c.category ?? null]));
    expect(first!.decision[0]!.outcomeLabel).toMatch(/child protection register/);
    expect(first!.scaling[0]!.results.map((x) => x.score).sort()).toEqual(FIXTURE.participants.scorers.map((s: { overall: number }) => s.overall).sort());
    expect(first!.openDeadlines.length).toBeGreaterThan(0);
    expect(first!.openDeadlines.every((d) => d.due >= days(0) && d.ruleId !== 'WD3')).toBe(true);
    expect(firstReview!.scaling[0]!.results.map((x) => x.score)).toEqual([5, 7]);
    expect(firstReview!.openDeadlines).toEqual([]);
    // The review comes up under the same case from "My conferences".
    const mine = await chair.get('/api/conferences');
    expect(new Set(mine.body.conferences.map((c: { caseId: string }) => c.caseId))).toEqual(new Set([initial.id]));
  });

  it('CA2 staff see a case only through conferences they are assigned to; families never', async () => {
    expect((await notetaker.get(`/api/cases/${initial.id}`)).body.conferences.map((c: { conference: { id: string } }) => c.conference.id))
      .toEqual([initial.id, review.conference.id, second.conference.id]);
    const other = await server.addStaff('chair', 'Other Chair');
    const stranger = await new ApiClient(server.url).login(other.email, other.password);
    expect((await stranger.get(`/api/cases/${initial.id}`)).status).toBe(404);
    expect((await stranger.post('/api/conferences', { type: 'review', previousConferenceId: initial.id, startsAt: `${days(90)}T10:00`, ...SCHEDULE })).status).toBe(404);
    const parent = await join(second.invites.find((i) => i.role === 'parent')!.token);
    expect((await parent.get(`/api/cases/${initial.id}`)).status).toBe(403);
    // Unassigned from the first review, the note taker no longer sees it in the case.
    await chair.delete(`/api/conferences/${review.conference.id}/staff/${(await notetaker.get('/api/session')).body.user.id}`);
    expect((await notetaker.get(`/api/cases/${initial.id}`)).body.conferences.map((c: { conference: { id: string } }) => c.conference.id)).toEqual([initial.id, second.conference.id]);
  });
});

describe('TR5 the review’s record', () => {
  it('TR5 prints the trend chart the room saw, its numbers, last time’s decision and the progress on last time’s plan', async () => {
    const full = await chair.get(`/api/conferences/${review.conference.id}/record/outline?edition=full`);
    expect(full.status, full.text).toBe(200);
    const blocks = full.body.outline.blocks as { kind: string; id?: string; text?: string; svg?: string; rows?: string[][]; alt?: string; caption?: string }[];
    const trend = blocks.filter((b) => b.kind === 'picture' && b.id === 'trend');
    expect(trend).toHaveLength(2);
    expect(trend[0]!.alt).toContain('Kerys Brightwater (Parent or carer): ');
    expect(trend[0]!.svg).toContain('Today');
    const table = blocks.find((b) => b.kind === 'table' && b.caption === 'Where we were, where we are now')!;
    const kerys = table.rows!.find((r) => r[0] === 'Kerys Brightwater')!;
    const initialScore = FIXTURE.participants.scorers.find((x: { id: string }) => x.id === 'r6').overall;
    expect(kerys.slice(2)).toEqual([String(initialScore), '7']);
    expect(blocks.some((b) => b.kind === 'heading' && b.text === 'Since the last conference')).toBe(true);
    expect(blocks.flatMap((b) => b.rows ?? []).some((r) => r.includes('Partly done') && r.includes('Four of eight sessions so far'))).toBe(true);
    const family = await chair.get(`/api/conferences/${review.conference.id}/record/outline?edition=family`);
    const text = JSON.stringify(family.body.outline);
    expect(text).toContain('Checked at core group');
    expect(text).not.toContain('Four of eight sessions so far');
    for (const t of RESTRICTED_TEXTS) expect(text).not.toContain(t);
  });
});

describe('RV2 the chair changes the children of a review before it starts', () => {
  it('SD1 a review holding last time’s danger statements and plan has not started: the chair can still move it', async () => {
    const r = await chair.patch(`/api/conferences/${second.conference.id}`, { startsAt: `${days(241)}T14:00`, ...SCHEDULE });
    expect(r.status, r.text).toBe(200);
  });

  it('RV2 a child kept keeps their id, a new child gets one, a stranger id is refused', async () => {
    const confId = second.conference.id;
    const [poppy] = second.conference.children;
    const r = await chair.put(`/api/conferences/${confId}/children`, { children: [poppy, { name: 'Nia Brightwater', dateOfBirth: '2025-01-20', gender: 'female' }] });
    expect(r.status, r.text).toBe(200);
    expect(r.body.conference.children.map((c: { id: string; name: string }) => c.name)).toEqual(['Poppy Brightwater', 'Nia Brightwater']);
    expect(r.body.conference.children[0].id).toBe(poppy!.id);
    expect((await chair.put(`/api/conferences/${confId}/children`, { children: [{ id: 'notachild', name: 'X', dateOfBirth: null, gender: 'female' }] })).status).toBe(400);
    expect((await notetaker.put(`/api/conferences/${confId}/children`, { children: [poppy] })).status).toBe(403);
  });
});
