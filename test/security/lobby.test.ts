import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { SAMPLE_CONFERENCE, assignStaff } from '../support/api.ts';
import { connect, whenSynced } from '../support/sync.ts';
import { Browser, intentId, staffBrowser } from './harness.ts';
import { RawSocket } from './wire.ts';

let server: TestServer;
let chair: Browser;
let conferenceId: string;

beforeAll(async () => {
  server = await startTestServer();
  chair = await staffBrowser(server, 'chair');
  conferenceId = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
});

afterAll(async () => {
  await server.stop();
});

async function invite(role = 'parent'): Promise<{ id: string; token: string }> {
  const r = await chair.post(`/api/conferences/${conferenceId}/invites`, { name: 'Kerys Brightwater', role, agency: '', attendance: 'present' });
  return { id: r.body.id, token: r.body.token };
}

/** Everything a pending session must not be able to do. */
async function assertPowerless(b: Browser): Promise<void> {
  expect((await b.get('/api/session')).status).toBe(401);
  expect((await b.get(`/api/conferences/${conferenceId}`)).status).toBe(401);
  const intent = await b.post(`/api/conferences/${conferenceId}/intents`, { id: intentId(), type: 'propose_item', section: 'strengths', text: 'from the lobby' });
  expect(intent.status).toBe(401);
  const ws = new RawSocket(server.url, conferenceId, b.cookie);
  expect(await ws.opened).toBe(401);
  expect(ws.frames).toHaveLength(0);
}

describe('LB — device binding and the lobby', () => {
  it('LB2: binds an invite to the first device; the same device may open it again', async () => {
    const { token } = await invite();
    const phone = new Browser(server.url);
    expect((await phone.post('/api/join', { token })).status).toBe(200);
    expect([...phone.jar.keys()].sort()).toEqual(['cr_device', 'cr_session']);
    const again = await phone.post('/api/join', { token });
    expect(again.status).toBe(200);
  });

  it('LB1/LB3: a second device waits in the lobby, powerless, until the chair admits it', async () => {
    const { id, token } = await invite();
    const phone = new Browser(server.url);
    expect((await phone.post('/api/join', { token })).status).toBe(200);

    const laptop = new Browser(server.url);
    const waiting = await laptop.post('/api/join', { token });
    expect(waiting.status).toBe(202);
    expect(waiting.body).toEqual({ status: 'waiting', lobbyId: expect.stringMatching(/^[a-z0-9]{16}$/) });
    await assertPowerless(laptop);
    expect((await laptop.get('/api/lobby')).body).toEqual({ status: 'waiting', lobbyId: waiting.body.lobbyId });

    const list = await chair.get(`/api/conferences/${conferenceId}/lobby`);
    expect(list.body.waiting).toContainEqual(expect.objectContaining({ lobbyId: waiting.body.lobbyId, attendeeId: id, name: 'Kerys Brightwater', role: 'parent' }));

    const pendingCookie = laptop.cookie;
    expect((await chair.post(`/api/conferences/${conferenceId}/lobby/${waiting.body.lobbyId}/admit`)).body.status).toBe('admitted');
    const polled = await laptop.get('/api/lobby');
    expect(polled.body).toEqual({ status: 'admitted', conferenceId, attendeeId: id });
    // A fresh session id on admission; the waiting one is spent.
    expect(laptop.cookie).not.toBe(pendingCookie);
    const old = new Browser(server.url);
    old.jar.set('cr_session', /cr_session=([^;]+)/.exec(pendingCookie!)![1]!);
    expect((await old.get('/api/lobby')).status).toBe(401);

    expect((await laptop.get(`/api/conferences/${conferenceId}`)).status).toBe(200);
    const reader = connect(server.url, conferenceId, laptop.cookie);
    await whenSynced(reader);
    reader.destroy();
    expect((await chair.get(`/api/conferences/${conferenceId}/lobby`)).body.waiting.map((w: { lobbyId: string }) => w.lobbyId)).not.toContain(waiting.body.lobbyId);
  });

  it('LB3: a refused device is told so once, and its session is gone', async () => {
    const { token } = await invite();
    await new Browser(server.url).post('/api/join', { token });
    const other = new Browser(server.url);
    const { lobbyId } = (await other.post('/api/join', { token })).body;
    expect((await chair.post(`/api/conferences/${conferenceId}/lobby/${lobbyId}/refuse`)).body.status).toBe('refused');
    // A second decision does not change the first.
    expect((await chair.post(`/api/conferences/${conferenceId}/lobby/${lobbyId}/admit`)).body.status).toBe('refused');
    expect((await other.get('/api/lobby')).body).toEqual({ status: 'refused' });
    expect(other.jar.has('cr_session')).toBe(false);
    expect((await other.get('/api/lobby')).status).toBe(401);
  });

  it('LB1: a forwarded link cannot fill the lobby (three waiting devices per invite)', async () => {
    const { token } = await invite();
    await new Browser(server.url).post('/api/join', { token });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await new Browser(server.url).post('/api/join', { token })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('LB2: two devices racing to redeem a fresh link: exactly one is bound, the other waits', async () => {
    const { token } = await invite();
    const results = await Promise.all([0, 1, 2].map(() => new Browser(server.url).post('/api/join', { token })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 202, 202]);
  });

  it('LB2: a reissued link binds to the next device that opens it', async () => {
    const { id, token } = await invite();
    await new Browser(server.url).post('/api/join', { token });
    const fresh = await chair.post(`/api/conferences/${conferenceId}/invites/${id}/reissue`);
    expect((await new Browser(server.url).post('/api/join', { token: fresh.body.token })).status).toBe(200);
  });

  it('LB3: only the chair or note taker sees and decides the lobby; participants and the admin cannot', async () => {
    const { token } = await invite('police');
    const officer = new Browser(server.url);
    await officer.post('/api/join', { token });
    const { lobbyId } = (await new Browser(server.url).post('/api/join', { token })).body;
    const admin = await staffBrowser(server, 'admin');
    for (const b of [officer, admin]) {
      expect((await b.get(`/api/conferences/${conferenceId}/lobby`)).status).toBe(403);
      expect((await b.post(`/api/conferences/${conferenceId}/lobby/${lobbyId}/admit`)).status).toBe(403);
    }
    const notetaker = await staffBrowser(server, 'notetaker');
    await assignStaff(chair, conferenceId, notetaker);
    expect((await notetaker.post(`/api/conferences/${conferenceId}/lobby/${lobbyId}/admit`)).body.status).toBe('admitted');
    const actions = (await server.store.listAudit({ limit: 10_000 })).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['lobby_waiting', 'lobby_admitted', 'lobby_refused', 'denied']));
  });
});
