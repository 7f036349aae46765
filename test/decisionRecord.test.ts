import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { project } from '../shared/schema/project.ts';
import { setChildDecision, setRationale } from '../shared/commands/decision.ts';
import { roomNames } from '../shared/schema/docLayout.ts';
import { quorumWarning } from '../shared/rules/quorum.ts';
import { translate } from '../shared/i18n/translate.ts';

let server: TestServer;
let chair: ApiClient;
let id: string;
let children: { id: string }[];
const clients: SyncClient[] = [];
const open = (cookie: string | null) => {
  const c = connect(server.url, roomNames(id).shared, cookie);
  clients.push(c);
  return c;
};

async function invite(name: string, role: string, agency: string, attendance = 'present'): Promise<ApiClient> {
  const inv = await chair.post(`/api/conferences/${id}/invites`, { name, role, agency, attendance });
  const api = new ApiClient(server.url);
  await api.post('/api/join', { token: inv.body.token });
  return api;
}

beforeAll(async () => {
  server = await startTestServer();
  const c = await server.addStaff('chair');
  chair = await new ApiClient(server.url).login(c.email, c.password);
  const conf = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference;
  id = conf.id;
  children = conf.children;
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

const intent = (api: ApiClient, body: Record<string, unknown>) =>
  api.post(`/api/conferences/${id}/intents`, { id: `i-${Math.random().toString(36).slice(2)}-${Date.now()}`, ...body });

describe('views per child, quorum and recorded decisions on the server', () => {
  it('DV5 takes a professional’s view per child, with the category for that child only where a plan is wanted', async () => {
    const sam = await invite('Sam Pryce', 'social_worker', 'Children’s Services');
    const watcher = open(chair.cookie);
    await whenSynced(watcher);
    const [poppy, ellis] = children as [{ id: string }, { id: string }];
    // A category for a child the person thinks needs no plan, or one Wales does not use, is refused.
    expect((await intent(sam, { type: 'submit_view', perChild: [{ childId: poppy.id, view: 'cin_plan', category: 'neglect' }, { childId: ellis.id, view: 'cin_plan' }], reason: '' })).status).toBe(400);
    expect((await intent(sam, { type: 'submit_view', perChild: [{ childId: poppy.id, view: 'cp_plan', category: 'emotional' }, { childId: ellis.id, view: 'cin_plan' }], reason: '' })).status).toBe(400);
    const ok = await intent(sam, { type: 'submit_view', perChild: [{ childId: poppy.id, view: 'cp_plan', category: 'neglect' }, { childId: ellis.id, view: 'cp_plan', category: 'emotional_psychological' }], reason: 'Different harm for each child.' });
    expect(ok.status).toBe(200);
    await eventually(() => project(watcher.doc, null).views.length === 1, 5000, 'view synced');
    expect(project(watcher.doc, null).views[0]!.perChild).toEqual([
      { childId: poppy.id, view: 'cp_plan', category: 'neglect' },
      { childId: ellis.id, view: 'cp_plan', category: 'emotional_psychological' },
    ]);
  });

  it('QU1/DE6 records the quorum warning with the decision; later changes are a draft the family does not see until recorded again', async () => {
    await invite('PC Owain Rees', 'police', 'Afonwen Police');
    const kerys = await invite('Kerys Brightwater', 'parent', '');
    const shared = open(chair.cookie);
    const family = open(kerys.cookie);
    await Promise.all([whenSynced(shared), whenSynced(family)]);
    for (const c of children) setChildDecision(shared.doc, { childId: c.id, outcome: 'register_and_cspp', category: 'neglect' });
    setRationale(shared.doc, 'First reasons.');
    await eventually(async () => (await intent(chair, { type: 'record_decision' })).status === 200, 5000, 'decision recorded');
    await eventually(() => project(family.doc, null).decision.recorded !== null, 5000, 'recorded reaches the family');
    // Two agencies (children's services and police): not quorate by the default of three.
    const recorded = project(family.doc, null).decision.recorded!;
    expect(recorded.quorum).toMatchObject({ quorate: false, required: 3 });
    expect([...recorded.quorum!.agencies].sort()).toEqual(['Afonwen Police', 'Children’s Services']);
    expect(translate('en', quorumWarning(recorded.quorum!)!)).toContain('2 agencies are taking part');

    setRationale(shared.doc, 'Changed after the meeting moved on.');
    await eventually(() => project(family.doc, null).decision.rationale === 'Changed after the meeting moved on.', 5000, 'draft synced');
    expect(project(family.doc, null).decision.recorded!.rationale).toBe('First reasons.');

    await intent(await invite('Ffion Morgan', 'education', 'Ysgol Afonwen'), { type: 'submit_view', perChild: children.map((c) => ({ childId: c.id, view: 'cin_plan' })), reason: '' });
    await eventually(async () => (await intent(chair, { type: 'record_decision' })).status === 200, 5000, 'recorded again');
    await eventually(() => project(family.doc, null).decision.history.length === 2, 5000, 'second version');
    const { decision } = project(family.doc, null);
    expect(decision.recorded!.rationale).toBe('Changed after the meeting moved on.');
    expect(decision.recorded!.quorum!.quorate).toBe(true);
    expect(decision.history.map((h) => h.rationale)).toEqual(['First reasons.', 'Changed after the meeting moved on.']);
  });
});
