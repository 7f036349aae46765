import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { project } from '../shared/schema/project.ts';
import { addItem } from '../shared/commands/items.ts';
import { setChildDecision, setRationale } from '../shared/commands/decision.ts';
import { roomNames } from '../shared/schema/docLayout.ts';
import { setClosedSession, setStep } from '../shared/commands/meeting.ts';
import { closeRound, openRound } from '../shared/commands/scaling.ts';
import { DEFAULT_SCALE } from '../shared/rules/scaling.ts';

let server: TestServer;
let chair: ApiClient;
let admin: ApiClient;
let id: string;
let children: { id: string }[];
const clients: SyncClient[] = [];
const open = (room: string, cookie: string | null) => {
  const c = connect(server.url, room, cookie);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startTestServer();
  const c = await server.addStaff('chair');
  const a = await server.addStaff('admin');
  chair = await new ApiClient(server.url).login(c.email, c.password);
  admin = await new ApiClient(server.url).login(a.email, a.password);
  const conf = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference;
  id = conf.id;
  children = conf.children;
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

const auditActions = async () => ((await admin.get('/api/audit?latest=50')).body.entries as { action: string; detail: string }[]);

describe('the chair’s acts the server carries out and audits', () => {
  it('BD5 restrict_item moves an item between the documents on the server; the family loses it; it is audited without content', async () => {
    const rooms = roomNames(id);
    const shared = open(rooms.shared, chair.cookie);
    const pro = open(rooms.professional, chair.cookie);
    const inv = await chair.post(`/api/conferences/${id}/invites`, { name: 'Dean Holloway', role: 'parent', agency: '', attendance: 'present' });
    const dean = new ApiClient(server.url);
    await dean.post('/api/join', { token: inv.body.token });
    const family = open(rooms.shared, dean.cookie);
    await Promise.all([shared, pro, family].map((c) => whenSynced(c)));
    const r = addItem({ shared: shared.doc, professional: pro.doc }, { section: 'complicating_factors', text: 'Address of Rhys and Amira', source: { name: 'Sam', agency: 'Children’s Services' }, restricted: false, addedBy: 'chair' });
    if (!r.ok) throw new Error('setup');
    await eventually(() => project(family.doc, null).items.length === 1, 5000, 'family has it');

    expect((await dean.post(`/api/conferences/${id}/intents`, { id: 'restrict-by-parent-01', type: 'restrict_item', itemId: r.value, restricted: false })).status).toBe(403);
    const res = await chair.post(`/api/conferences/${id}/intents`, { id: 'restrict-by-chair-001', type: 'restrict_item', itemId: r.value, restricted: true });
    expect(res.status).toBe(200);
    await eventually(() => project(family.doc, null).items.length === 0, 5000, 'family loses it');
    await eventually(() => project(shared.doc, pro.doc).items.some((i) => i.id === r.value && i.restricted), 5000, 'professionals keep it, marked');
    const entries = await auditActions();
    expect(entries.find((e) => e.action === 'item_restricted')?.detail).toBe(r.value);
    expect(JSON.stringify(entries)).not.toContain('Rhys');
  });

  it('DE5 record_decision is checked on the server against the jurisdiction and audited', async () => {
    const shared = open(roomNames(id).shared, chair.cookie);
    await whenSynced(shared);
    const early = await chair.post(`/api/conferences/${id}/intents`, { id: 'decision-attempt-0001', type: 'record_decision' });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain('Record a decision for Poppy Brightwater.');
    for (const c of children) setChildDecision(shared.doc, { childId: c.id, outcome: 'register_and_cspp', category: 'emotional_psychological' });
    setRationale(shared.doc, 'Majority of professionals; recent escalation and a child injured.');
    await eventually(async () => (await chair.post(`/api/conferences/${id}/intents`, { id: `decision-${Date.now()}-00`, type: 'record_decision' })).status === 200, 5000, 'decision recorded');
    await eventually(() => project(shared.doc, null).decision.decidedAt !== null, 5000, 'decidedAt synced');
    expect((await auditActions()).some((e) => e.action === 'decision_recorded')).toBe(true);
  });

  it('AU5 the chair’s structural edits over the socket are audited by id, never by content', async () => {
    const shared = open(roomNames(id).shared, chair.cookie);
    await whenSynced(shared);
    const d = { shared: shared.doc, professional: null };
    const item = addItem(d, { section: 'grey_areas', text: 'Who looks after Ellis on Saturday nights', source: { name: 'Lowri', agency: 'Health' }, restricted: false, addedBy: 'chair' });
    if (!item.ok) throw new Error('setup');
    setStep(d, 'not_clear');
    setClosedSession(d, true);
    setClosedSession(d, false);
    const round = openRound(shared.doc, DEFAULT_SCALE);
    if (!round.ok) throw new Error('setup');
    closeRound(shared.doc, round.value);
    await eventually(async () => (await auditActions()).some((e) => e.action === 'scaling_closed'), 5000, 'edits audited');
    const entries = await auditActions();
    const actions = entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['item_added', 'step_changed', 'closed_session_started', 'closed_session_ended', 'scaling_opened', 'scaling_closed']));
    expect(entries.find((e) => e.action === 'item_added' && e.detail === item.value)).toBeTruthy();
    expect(JSON.stringify(entries)).not.toContain('Saturday');
  });
});
