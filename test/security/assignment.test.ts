import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { SAMPLE_CONFERENCE } from '../support/api.ts';
import { connect, eventually, whenSynced } from '../support/sync.ts';
import { Browser, intentId, staffBrowser } from './harness.ts';
import { RawSocket } from './wire.ts';

/** CS — staff see only the conferences they are assigned to. */

let server: TestServer;
let chair: Browser;
let otherChair: Browser;
let notetaker: Browser;
let admin: Browser;
let conferenceId: string;
const userId = async (b: Browser): Promise<string> => (await b.get('/api/session')).body.user.id;

beforeAll(async () => {
  server = await startTestServer();
  [chair, otherChair, notetaker, admin] = await Promise.all([
    staffBrowser(server, 'chair', 'Gwen Ashcombe'),
    staffBrowser(server, 'chair', 'Rhys Other-Chair'),
    staffBrowser(server, 'notetaker', 'Tomos Bryn'),
    staffBrowser(server, 'admin', 'Ada Admin'),
  ]);
  conferenceId = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
});

afterAll(async () => {
  await server.stop();
});

/** Every way in for staff: details, list, invites, intents, lobby, presence, and both sockets. */
async function reach(b: Browser): Promise<{ http: number[]; listed: boolean; sockets: (number | null)[] }> {
  const http = [
    (await b.get(`/api/conferences/${conferenceId}`)).status,
    (await b.post(`/api/conferences/${conferenceId}/invites`, { name: 'X', role: 'police', agency: '', attendance: 'present' })).status,
    (await b.post(`/api/conferences/${conferenceId}/intents`, { id: intentId(), type: 'restrict_item', itemId: 'abcdefgh', restricted: true })).status,
    (await b.get(`/api/conferences/${conferenceId}/lobby`)).status,
    (await b.get(`/api/conferences/${conferenceId}/presence`)).status,
  ];
  const listed = ((await b.get('/api/conferences')).body.conferences as { id: string }[]).some((c) => c.id === conferenceId);
  const sockets: (number | null)[] = [];
  for (const room of [conferenceId, `${conferenceId}/professional`]) {
    const s = new RawSocket(server.url, room, b.cookie);
    sockets.push(await s.opened);
    s.close();
  }
  return { http, listed, sockets };
}

describe('CS1 — only assigned staff reach a conference', () => {
  it('a chair or note taker not assigned gets 404 everywhere, as for a conference that does not exist, and it is not in their list', async () => {
    for (const b of [otherChair, notetaker]) {
      const r = await reach(b);
      expect(r.http).toEqual([404, 404, 404, 404, 404]);
      expect(r.listed).toBe(false);
      expect(r.sockets).toEqual([404, 404]);
    }
    // Indistinguishable from a conference that does not exist.
    const none = await otherChair.get('/api/conferences/zzzzzzzzzzzzzzzzzzzz');
    const theirs = await otherChair.get(`/api/conferences/${conferenceId}`);
    expect(theirs.body).toEqual(none.body);
    // Refusals of an existing conference are audited.
    const other = await userId(otherChair);
    const denied = (await server.store.listAudit({ limit: 100_000 })).filter((a) => a.action === 'denied' && a.actor === other);
    expect(denied.length).toBeGreaterThan(0);
    expect(server.registry.isLoaded(`${conferenceId}/professional`)).toBe(false);
  });

  it('the creating chair is assigned; the conference is in their list', async () => {
    const r = await reach(chair);
    expect(r.http[0]).toBe(200);
    expect(r.listed).toBe(true);
    expect(r.sockets).toEqual([null, null]);
    expect((await chair.get(`/api/conferences/${conferenceId}/staff`)).body.staff).toEqual([{ userId: await userId(chair), name: 'Gwen Ashcombe', role: 'chair' }]);
  });
});

describe('CS2 — who assigns', () => {
  it('the chair assigns the note taker and a co-chair, who then reach it; both are audited', async () => {
    expect((await chair.post(`/api/conferences/${conferenceId}/staff`, { userId: await userId(notetaker) })).status).toBe(200);
    const r = await reach(notetaker);
    expect(r.http[0]).toBe(200);
    expect(r.listed).toBe(true);
    expect(r.sockets).toEqual([null, null]);
    // A note taker cannot assign anyone; an administrator cannot be assigned.
    expect((await notetaker.post(`/api/conferences/${conferenceId}/staff`, { userId: await userId(otherChair) })).status).toBe(403);
    expect((await chair.post(`/api/conferences/${conferenceId}/staff`, { userId: await userId(admin) })).status).toBe(400);
    expect((await chair.post(`/api/conferences/${conferenceId}/staff`, { userId: await userId(otherChair) })).status).toBe(200);
    expect((await reach(otherChair)).http[0]).toBe(200);
    const audit = (await server.store.listAudit({ limit: 100_000 })).filter((a) => a.action === 'staff_assigned' && a.conferenceId === conferenceId);
    expect(audit.map((a) => a.detail)).toEqual([await userId(notetaker), await userId(otherChair)]);
  });

  it('an administrator sees conferences without case data and reassigns; the one removed is cut off at once', async () => {
    const list = await admin.get('/api/admin/conferences');
    expect(list.status).toBe(200);
    const entry = (list.body.conferences as { id: string }[]).find((c) => c.id === conferenceId);
    expect(entry).toBeDefined();
    expect(JSON.stringify(list.body)).not.toContain('Poppy');
    expect(JSON.stringify(list.body)).not.toContain('Afonwen');
    // The administrator still reads nothing of the case itself.
    expect((await admin.get(`/api/conferences/${conferenceId}`)).status).toBe(404);

    const socket = connect(server.url, conferenceId, notetaker.cookie);
    await whenSynced(socket);
    const r = await admin.delete(`/api/conferences/${conferenceId}/staff/${await userId(notetaker)}`);
    expect(r.status).toBe(200);
    await eventually(() => socket.closes.includes(4408), 2000, 'the note taker’s socket closes');
    socket.destroy();
    expect((await reach(notetaker)).http).toEqual([404, 404, 404, 404, 404]);
    const audit = (await server.store.listAudit({ limit: 100_000 })).filter((a) => a.action === 'staff_unassigned');
    expect(audit.map((a) => [a.actor, a.detail])).toEqual([[await userId(admin), await userId(notetaker)]]);
  });

  it('CS3: the last chair cannot be removed; with a co-chair it can', async () => {
    expect((await admin.delete(`/api/conferences/${conferenceId}/staff/${await userId(otherChair)}`)).status).toBe(200);
    const last = await admin.delete(`/api/conferences/${conferenceId}/staff/${await userId(chair)}`);
    expect(last.status).toBe(409);
    expect((await reach(chair)).http[0]).toBe(200);
  });
});
