import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { TestCluster, via, type Instance } from './support/cluster.ts';
import { intentId } from './security/harness.ts';
import { RawSocket } from './security/wire.ts';
import { MAX_SOCKETS_PER_SESSION } from '../server/sync/upgrade.ts';
import { project } from '../shared/schema/project.ts';
import { addItem } from '../shared/commands/items.ts';
import { roomNames } from '../shared/schema/docLayout.ts';
import * as Y from 'yjs';

/**
 * Several instances on one PostgreSQL and one Redis, each a real process; the chair on one, the
 * participants on the others, as behind a load balancer without sticky sessions (docs/scaling.md).
 */
let cluster: TestCluster;
let a: Instance, b: Instance, c: Instance;
let chair: ApiClient;
let conferenceId: string;
const clients: SyncClient[] = [];
const track = (s: SyncClient) => (clients.push(s), s);
const source = { name: 'Gwen', agency: 'Chair' };
const texts = (s: SyncClient) => new Set(project(s.doc, null).items.map((i) => i.text));
const add = (s: SyncClient, text: string) => addItem({ shared: s.doc, professional: null }, { section: 'strengths', text, source, restricted: false, addedBy: 'c' });

beforeAll(async () => {
  cluster = await TestCluster.start(3);
  [a, b, c] = cluster.instances as [Instance, Instance, Instance];
  const creds = await cluster.addStaff('chair', 'Gwen Ashcombe');
  chair = await new ApiClient(a.url).login(creds.email, creds.password);
  conferenceId = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
}, 240_000);

// Each test's sockets close after it: the chair's session may hold only so many at once.
afterEach(() => {
  for (const s of clients.splice(0)) s.destroy();
});

afterAll(async () => {
  await cluster?.stop();
});

async function invite(name: string, role: string, url = b.url): Promise<{ id: string; token: string }> {
  const r = await via(chair, url).post(`/api/conferences/${conferenceId}/invites`, { name, role, agency: role === 'parent' ? '' : 'Children’s Services', attendance: 'present' });
  expect(r.status).toBe(201);
  return { id: r.body.id, token: r.body.token };
}

async function join(url: string, token: string): Promise<ApiClient> {
  const device = new ApiClient(url);
  expect((await device.post('/api/join', { token })).status).toBe(200);
  return device;
}

// Real processes on a shared 2-core machine: generous time, the assertions still say what must hold.
describe('several instances on PostgreSQL and Redis', { timeout: 60_000 }, () => {
  let parent: ApiClient;
  let parentId: string;
  let parentSocket: SyncClient;

  it('a chair on one instance and participants on the others see the same room, presence and lobby', async () => {
    const mum = await invite('Kerys Brightwater', 'parent');
    parentId = mum.id;
    const sw = await invite('Dafydd Morgan', 'social_worker');
    parent = await join(b.url, mum.token);
    const worker = await join(c.url, sw.token);

    const chairSocket = track(connect(a.url, conferenceId, chair.cookie));
    const chairPro = track(connect(a.url, roomNames(conferenceId).professional, chair.cookie));
    parentSocket = connect(b.url, conferenceId, parent.cookie);
    const workerSocket = track(connect(c.url, conferenceId, worker.cookie));
    await Promise.all([chairSocket, chairPro, parentSocket, workerSocket].map((s) => whenSynced(s)));

    add(chairSocket, 'Kerys takes Poppy to school every day');
    for (const s of [parentSocket, workerSocket]) {
      await eventually(() => texts(s).has('Kerys takes Poppy to school every day'), 5000, 'the chair’s edit on the other instances');
    }

    // Presence: the parent's state, set on instance B, reaches the chair on A with the name from her session.
    parentSocket.provider.awareness.setLocalState({ user: { id: 'forged', name: 'Someone else', role: 'chair' }, step: 3 });
    const names = () => [...chairSocket.provider.awareness.getStates().values()].map((st) => (st as { user?: { name: string } }).user?.name);
    await eventually(() => names().includes('Kerys Brightwater'), 5000, 'the parent’s presence on the chair’s instance');
    expect(names()).not.toContain('Someone else');
    // The chair's "Who is here" list, asked of instance A, has the people whose sockets are on B and C.
    await eventually(async () => {
      const here = await chair.get(`/api/conferences/${conferenceId}/presence`);
      const people = (here.body.present as { name: string }[]).map((p) => p.name);
      return ['Gwen Ashcombe', 'Kerys Brightwater', 'Dafydd Morgan'].every((n) => people.includes(n));
    }, 6000, 'everyone in the chair’s list');

    // An intent sent to instance C reaches the chair's professional document on A.
    const proposal = await via(worker, c.url).post(`/api/conferences/${conferenceId}/intents`, { id: intentId(), type: 'propose_item', section: 'past_harm', text: 'Missed two health visits' });
    expect(proposal.status).toBe(200);
    await eventually(() => project(chairSocket.doc, chairPro.doc).proposals.some((p) => p.text === 'Missed two health visits'), 5000, 'the proposal on the chair’s instance');

    // The lobby: a second device joins through C, the chair (on A) admits it, it learns so through B.
    const laptop = new ApiClient(c.url);
    const waiting = await laptop.post('/api/join', { token: mum.token });
    expect(waiting.status).toBe(202);
    const list = await chair.get(`/api/conferences/${conferenceId}/lobby`);
    expect(list.body.waiting.map((w: { lobbyId: string }) => w.lobbyId)).toContain(waiting.body.lobbyId);
    expect((await chair.post(`/api/conferences/${conferenceId}/lobby/${waiting.body.lobbyId}/admit`)).status).toBe(200);
    const polled = await via(laptop, b.url).get('/api/lobby');
    expect(polled.body.status).toBe('admitted');
    const laptopSocket = track(connect(a.url, conferenceId, laptop.cookie));
    await whenSynced(laptopSocket);
    expect(texts(laptopSocket).has('Kerys takes Poppy to school every day')).toBe(true);
  });

  it('keeps the room going while Redis restarts, tells the clients meanwhile, and converges', async () => {
    const writer = track(connect(a.url, conferenceId, chair.cookie));
    const watcher = track(connect(c.url, conferenceId, chair.cookie));
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);
    await cluster.redis.kill();
    const notice = (s: SyncClient) => [...s.provider.awareness.getStates().values()].some((st) => (st as { notice?: string }).notice === 'sync_delayed');
    await eventually(() => notice(watcher), 5000, 'the delayed notice');
    add(writer, 'Written while Redis was down');
    await eventually(() => texts(watcher).has('Written while Redis was down'), 5000, 'the edit through the store alone');

    await cluster.redis.resume();
    await eventually(() => !notice(watcher), 8000, 'the notice to clear');
    add(writer, 'Written after Redis came back');
    await eventually(() => texts(watcher).has('Written after Redis came back'), 5000, 'the edit over Redis again');
    const t0 = Date.now();
    add(writer, 'Fan-out is quick again');
    await eventually(() => texts(watcher).has('Fan-out is quick again'), 5000, 'a quick edit');
    // Over Redis again, not the 5 s check against the store (generous: the test machine is shared).
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('removes a participant on every instance within 2 seconds', async () => {
    const second = track(connect(c.url, conferenceId, parent.cookie));
    await whenSynced(second);
    const t0 = Date.now();
    expect((await chair.post(`/api/conferences/${conferenceId}/attendees/${parentId}/remove`)).status).toBe(200);
    await eventually(() => parentSocket.closes.includes(4408) && second.closes.includes(4408), 2000, 'the removed parent’s sockets on B and C to close');
    expect(Date.now() - t0).toBeLessThan(2000);
    parentSocket.destroy();
  });

  it('holds the socket cap per session and the sign-in attempt limit across instances', async () => {
    const creds = await cluster.addStaff('notetaker');
    expect((await via(chair, c.url).post(`/api/conferences/${conferenceId}/staff`, { userId: creds.id })).status).toBe(200);
    const tab = await new ApiClient(a.url).login(creds.email, creds.password);
    const urls = [a.url, b.url, c.url];
    const open: RawSocket[] = [];
    for (let i = 0; i < MAX_SOCKETS_PER_SESSION; i++) {
      const ws = new RawSocket(urls[i % 3]!, conferenceId, tab.cookie);
      open.push(ws);
      expect(await ws.opened).toBeNull();
    }
    for (const url of urls) {
      const extra = new RawSocket(url, conferenceId, tab.cookie);
      expect(await extra.opened).toBe(429);
    }
    // A closed socket frees its place on whichever instance it was.
    open[1]!.ws.close();
    await open[1]!.closed;
    await eventually(async () => {
      const again = new RawSocket(c.url, conferenceId, tab.cookie);
      const status = await again.opened;
      if (status === null) open.push(again);
      return status === null;
    }, 3000, 'a place to free up');
    for (const ws of open) ws.ws.close();

    // Ten wrong passwords spread over the instances: the eleventh try is refused on any of them.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await new ApiClient(urls[i % 3]!).post('/api/session', { email: creds.email, password: 'wrong password, long enough' })).status);
    expect(statuses.every((st) => st === 401)).toBe(true);
    for (const url of urls) {
      expect((await new ApiClient(url).post('/api/session', { email: creds.email, password: creds.password })).status).toBe(429);
    }
  });

  it('refuses edits and intents while PostgreSQL is unreachable, keeps reads going, and loses nothing acknowledged', async () => {
    const writer = track(connect(a.url, conferenceId, chair.cookie));
    const reader = track(connect(b.url, conferenceId, chair.cookie));
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    add(writer, 'Stored before the outage');
    await eventually(() => texts(reader).has('Stored before the outage'), 5000, 'the edit before the outage');

    cluster.proxy.cut();
    add(writer, 'Written during the outage');
    const refused = await via(chair, b.url).post(`/api/conferences/${conferenceId}/invites`, { name: 'Sioned Price', role: 'social_worker', agency: 'Health', attendance: 'present' });
    expect(refused.status).toBe(503);
    const intent = await chair.post(`/api/conferences/${conferenceId}/intents`, { id: intentId(), type: 'propose_item', section: 'past_harm', text: 'Sent during the outage' });
    expect(intent.status).toBe(503);
    expect(intent.body.error.code).toBe('storage_unavailable');
    // The writer is told its edits are not being saved (SF2), and its socket stays open.
    await eventually(() => writer.provider.wsconnected, 2000, 'the writer to stay connected');
    // Nothing unstored is relayed to anyone.
    await new Promise((r) => setTimeout(r, 1000));
    expect(texts(reader).has('Written during the outage')).toBe(false);

    cluster.proxy.restore();
    // The writer keeps its edit and sends it again once the store is back; everyone gets it.
    await eventually(() => texts(reader).has('Written during the outage'), 30_000, 'the edit after the outage');
    const fresh = track(connect(c.url, conferenceId, chair.cookie));
    await whenSynced(fresh);
    expect(texts(fresh).has('Stored before the outage')).toBe(true);
    expect(texts(fresh).has('Written during the outage')).toBe(true);
  });

  it('loses nothing acknowledged when an instance is killed mid-meeting; its clients carry on elsewhere', async () => {
    const writerDoc = new Y.Doc();
    let writer = track(connect(b.url, conferenceId, chair.cookie, writerDoc));
    const watcher = track(connect(a.url, conferenceId, chair.cookie));
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);
    let n = 0;
    // Within the per-socket frame budget (60 a second), so the stream is not cut off by the limit.
    const timer = setInterval(() => add(writer, `Stream ${n++}`), 25);
    await eventually(() => [...texts(watcher)].filter((t) => t.startsWith('Stream ')).length >= 40, 30_000, 'the watcher to see 40 edits');
    await cluster.kill(b);
    clearInterval(timer);
    const seen = [...texts(watcher)].filter((t) => t.startsWith('Stream '));

    // The same browser reconnects through the load balancer to another instance and carries on.
    writer.provider.destroy();
    writer = track(connect(c.url, conferenceId, chair.cookie, writerDoc));
    await whenSynced(writer, 20_000);
    add(writer, 'After the failover');
    const fresh = track(connect(c.url, conferenceId, chair.cookie));
    await whenSynced(fresh, 20_000);
    const stored = texts(fresh);
    expect(seen.filter((t) => !stored.has(t))).toEqual([]);
    await eventually(() => texts(watcher).has('After the failover') && [...texts(writer)].every((t) => texts(watcher).has(t)), 30_000, 'everyone to converge');
  }, 120_000);

  it('ends the meeting on every instance', async () => {
    // Instance b was killed in the test before: the chair's request goes through another.
    const sw = await invite('Rhian Jones', 'social_worker', a.url);
    const worker = await join(c.url, sw.token);
    const workerSocket = track(connect(c.url, conferenceId, worker.cookie));
    const staffSocket = track(connect(a.url, conferenceId, chair.cookie));
    await Promise.all([whenSynced(workerSocket), whenSynced(staffSocket)]);
    expect((await via(chair, c.url).post(`/api/conferences/${conferenceId}/close`)).status).toBe(200);
    await eventually(() => workerSocket.closes.includes(4401) && staffSocket.closes.includes(4409), 2000, 'sockets on both instances to close');
  });
});
