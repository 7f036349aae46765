import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE, assignStaff } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { project } from '../shared/schema/project.ts';
import { addItem } from '../shared/commands/items.ts';

let server: TestServer;
let chair: ApiClient;
let conferenceId: string;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const creds = await server.addStaff('chair', 'Gwen Ashcombe');
  chair = await new ApiClient(server.url).login(creds.email, creds.password);
  const r = await chair.post('/api/conferences', SAMPLE_CONFERENCE);
  expect(r.status).toBe(201);
  conferenceId = r.body.conference.id;
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

function open(room: string, cookie: string | null): SyncClient {
  const c = connect(server.url, room, cookie);
  clients.push(c);
  return c;
}

describe('conferences and invites', () => {
  it('creates a conference with two children and lists it', async () => {
    const list = await chair.get('/api/conferences');
    expect(list.body.conferences.map((c: { id: string }) => c.id)).toContain(conferenceId);
    const one = await chair.get(`/api/conferences/${conferenceId}`);
    expect(one.body.conference.children.map((c: { name: string }) => c.name)).toEqual(['Poppy Brightwater', 'Ellis Holloway-Brightwater']);
    expect(one.body.conference.endsAt).toBe('2030-12-16T12:00');
    expect(one.headers.get('cache-control')).toBe('no-store');
  });

  it('explains bad input with a 400 and field messages, never a 500', async () => {
    const r = await chair.post('/api/conferences', { ...SAMPLE_CONFERENCE, children: [], startsAt: 'tomorrow' });
    expect(r.status).toBe(400);
    expect(r.body.error.fields.children).toBe('Add at least one child');
    expect(r.body.error.fields.startsAt).toMatch(/date and time/);
    const junk = await chair.request('POST', '/api/conferences', undefined, { 'content-type': 'application/json' });
    expect(junk.status).toBeGreaterThanOrEqual(400);
    expect(junk.status).toBeLessThan(500);
  });

  it('redeems an invite from the link fragment into an attendee session', async () => {
    const inv = await chair.post(`/api/conferences/${conferenceId}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: '', attendance: 'present' });
    expect(inv.status).toBe(201);
    expect(inv.body.url).toBe(`/join#${inv.body.token}`);
    expect(Buffer.from(inv.body.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const parent = new ApiClient(server.url);
    const j = await parent.post('/api/join', { token: inv.body.token });
    expect(j.status).toBe(200);
    expect(j.body).toMatchObject({ conferenceId, attendee: { name: 'Kerys Brightwater', role: 'parent' } });
    const me = await parent.get('/api/session');
    expect(me.body.kind).toBe('attendee');
    const conf = await parent.get(`/api/conferences/${conferenceId}`);
    expect(conf.body.me).toMatchObject({ view: 'family', canWrite: false });
  });

  it('refuses missing, wrong, revoked and expired invite tokens', async () => {
    const guest = new ApiClient(server.url);
    expect((await guest.post('/api/join', {})).status).toBe(401);
    expect((await guest.post('/api/join', { token: 'A'.repeat(43) })).status).toBe(401);

    const inv = await chair.post(`/api/conferences/${conferenceId}/invites`, { name: 'PC Owain Rees', role: 'police', agency: 'Afonwen Police', attendance: 'present' });
    expect((await chair.delete(`/api/conferences/${conferenceId}/invites/${inv.body.id}`)).status).toBe(204);
    const revoked = await guest.post('/api/join', { token: inv.body.token });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('invite_invalid');

    const past = await chair.post('/api/conferences', { ...SAMPLE_CONFERENCE, startsAt: '2020-01-06T10:00' });
    const old = await chair.post(`/api/conferences/${past.body.conference.id}/invites`, { name: 'Lowri Evans', role: 'health', agency: 'Health visiting', attendance: 'present' });
    expect((await guest.post('/api/join', { token: old.body.token })).status).toBe(401);
    expect(guest.cookie).toBeNull();
  });

  it('refuses a WebSocket without a session with 401 before any document byte', async () => {
    const u = new URL(server.url);
    const result = await new Promise<{ status?: number; messages: number }>((resolve) => {
      const ws = new WebSocket(`ws://${u.host}/sync/${conferenceId}`, { headers: { origin: u.origin } });
      let messages = 0;
      ws.on('message', () => messages++);
      ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode, messages }));
      ws.on('open', () => resolve({ messages }));
      ws.on('error', () => undefined);
    });
    expect(result).toEqual({ status: 401, messages: 0 });
  });
});

describe('live editing', () => {
  it('converges edits from three writers and shows them to a participant', async () => {
    const notetakerCreds = await server.addStaff('notetaker', 'Tomos Bryn');
    const notetaker = await new ApiClient(server.url).login(notetakerCreds.email, notetakerCreds.password);
    const chair2Creds = await server.addStaff('chair');
    const chair2 = await new ApiClient(server.url).login(chair2Creds.email, chair2Creds.password);
    await assignStaff(chair, conferenceId, notetaker);
    await assignStaff(chair, conferenceId, chair2);
    const writers = [open(conferenceId, chair.cookie), open(conferenceId, notetaker.cookie), open(conferenceId, chair2.cookie)];
    await Promise.all(writers.map((w) => whenSynced(w)));

    writers.forEach((w, i) =>
      addItem({ shared: w.doc, professional: null }, { section: 'strengths', text: `Strength ${i}`, source: { name: 'Sam Pryce', agency: 'Children’s Services' }, restricted: false, addedBy: `w${i}` }),
    );
    const texts = (c: SyncClient) => project(c.doc, null).items.map((i) => i.text).sort();
    await eventually(() => writers.every((w) => texts(w).length === 3), 5000, 'three items everywhere');
    expect(new Set(writers.map((w) => JSON.stringify(texts(w)))).size).toBe(1);

    const inv = await chair.post(`/api/conferences/${conferenceId}/invites`, { name: 'Mrs Carys Lloyd', role: 'education', agency: 'Afonwen Primary', attendance: 'present' });
    const teacher = new ApiClient(server.url);
    await teacher.post('/api/join', { token: inv.body.token });
    const reader = open(conferenceId, teacher.cookie);
    await whenSynced(reader);
    await eventually(() => texts(reader).length === 3, 5000, 'participant sees items');
    expect(texts(reader)).toEqual(['Strength 0', 'Strength 1', 'Strength 2']);
  });
});
