import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { SAMPLE_CONFERENCE } from '../support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import { project } from '../../shared/schema/project.ts';
import type { SqliteStore } from '../../server/store/sqlite.ts';
import { tokenHash } from '../../server/auth/secrets.ts';
import { addItem } from '../../shared/commands/items.ts';
import { Browser, setUpMeeting, staffBrowser, type Meeting } from './harness.ts';

const SWEEP_MS = 150;
let server: TestServer;
let db: SqliteStore['db'];
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ SWEEP_INTERVAL_MS: String(SWEEP_MS) });
  db = (server.store as SqliteStore).db;
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

function firstClose(c: SyncClient): Promise<number> {
  return new Promise((resolve) => c.provider.on('connection-close', (e: CloseEvent | null) => e && resolve(e.code)));
}

const sessionHashOf = (b: Browser) => tokenHash(b.jar.get('cr_session')!);

describe('RM — removal and presence', () => {
  let m: Meeting;
  beforeAll(async () => {
    m = await setUpMeeting(server, ['parent', 'social_worker', 'police']);
  });

  it('RM2: the chair sees who is connected, from which role, with how many sockets', async () => {
    const sw = m.people.get('social_worker')!;
    const parent = m.people.get('parent')!;
    const a = open(m.conferenceId, sw.browser.cookie);
    const b = open(`${m.conferenceId}/professional`, sw.browser.cookie);
    const c = open(m.conferenceId, parent.browser.cookie);
    await Promise.all([a, b, c].map((x) => whenSynced(x)));
    const presence = await m.chair.get(`/api/conferences/${m.conferenceId}/presence`);
    expect(presence.status).toBe(200);
    expect(presence.body.present).toEqual(expect.arrayContaining([
      expect.objectContaining({ attendeeId: sw.attendeeId, name: 'Person social_worker', role: 'social_worker', sockets: 2, documents: expect.arrayContaining(['shared', 'professional']) }),
      expect.objectContaining({ attendeeId: parent.attendeeId, role: 'parent', sockets: 1, documents: ['shared'] }),
    ]));
    expect((await parent.browser.get(`/api/conferences/${m.conferenceId}/presence`)).status).toBe(403);
  });

  it('RM1: a removed person’s sockets close with 4408 within 2 seconds, and their session and link end', async () => {
    const police = m.people.get('police')!;
    const shared = open(m.conferenceId, police.browser.cookie);
    const professional = open(`${m.conferenceId}/professional`, police.browser.cookie);
    await Promise.all([whenSynced(shared), whenSynced(professional)]);
    const closes = Promise.all([firstClose(shared), firstClose(professional)]);
    const started = performance.now();
    const r = await m.chair.post(`/api/conferences/${m.conferenceId}/attendees/${police.attendeeId}/remove`);
    expect(r.status).toBe(200);
    expect(await closes).toEqual([4408, 4408]);
    const latency = performance.now() - started;
    console.info(`removal latency: ${latency.toFixed(1)} ms`);
    expect(latency).toBeLessThan(2000);
    expect((await police.browser.get('/api/session')).status).toBe(401);
    expect((await new Browser(server.url).post('/api/join', { token: police.token })).status).toBe(401);
    const presence = await m.chair.get(`/api/conferences/${m.conferenceId}/presence`);
    expect(presence.body.present.map((p: { attendeeId: string }) => p.attendeeId)).not.toContain(police.attendeeId);
    // The final code stops the provider from reconnecting on its own.
    expect(shared.provider.shouldConnect).toBe(false);
  });
});

describe('SS — sessions end, and their sockets close', () => {
  it('SS2: logging out closes the session’s sockets with 4401', async () => {
    const chair = await staffBrowser(server, 'chair');
    const conf = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const c = open(conf, chair.cookie);
    await whenSynced(c);
    const closed = firstClose(c);
    expect((await chair.delete('/api/session')).status).toBe(204);
    expect(await closed).toBe(4401);
  });

  it('SS1: the sweep closes the sockets of a session past its absolute lifetime, on its own timer', async () => {
    const m = await setUpMeeting(server, ['parent']);
    const parent = m.people.get('parent')!;
    const c = open(m.conferenceId, parent.browser.cookie);
    await whenSynced(c);
    const closed = firstClose(c);
    db.prepare('UPDATE sessions SET expires_at = ? WHERE id_hash = ?').run(new Date(Date.now() - 1000).toISOString(), sessionHashOf(parent.browser));
    const started = performance.now();
    expect(await closed).toBe(4401);
    expect(performance.now() - started).toBeLessThan(5000);
    expect((await parent.browser.get('/api/session')).status).toBe(401);
  });

  it('SS1: an idle session expires, but an open socket that keeps talking counts as activity', async () => {
    const m = await setUpMeeting(server, ['parent', 'health']);
    const active = m.people.get('parent')!;
    const idle = m.people.get('health')!;
    const c = open(m.conferenceId, active.browser.cookie);
    await whenSynced(c);
    const longAgo = new Date(Date.now() - 24 * 3600_000).toISOString();
    for (const p of [active, idle]) db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(longAgo, sessionHashOf(p.browser));
    c.provider.awareness.setLocalStateField('step', 'welcome'); // a frame: the tab is in use
    await server.sweep();
    expect((await idle.browser.get('/api/session')).status).toBe(401);
    expect((await active.browser.get('/api/session')).status).toBe(200);
    expect(c.provider.wsconnected).toBe(true);
  });

  it('SS1: a socket whose session was deleted elsewhere (another process, a restore) closes at the next sweep', async () => {
    const m = await setUpMeeting(server, ['education']);
    const teacher = m.people.get('education')!;
    const c = open(m.conferenceId, teacher.browser.cookie);
    await whenSynced(c);
    const closed = firstClose(c);
    db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(sessionHashOf(teacher.browser));
    expect(await closed).toBe(4401);
  });

  it('FN1: ending the meeting ends attendee sessions (4401); staff reload (4409) and keep completing the record, a participant cannot come back', async () => {
    const m = await setUpMeeting(server, ['parent']);
    const parent = m.people.get('parent')!;
    const family = open(m.conferenceId, parent.browser.cookie);
    const chairDoc = open(m.conferenceId, m.chair.cookie);
    await Promise.all([whenSynced(family), whenSynced(chairDoc)]);
    const closes = Promise.all([firstClose(family), firstClose(chairDoc)]);
    expect((await m.chair.post(`/api/conferences/${m.conferenceId}/close`)).status).toBe(200);
    expect(await closes).toEqual([4401, 4409]);
    expect((await parent.browser.get('/api/session')).status).toBe(401);
    expect((await m.chair.get(`/api/conferences/${m.conferenceId}`)).body.me.canWrite).toBe(true);

    const reread = open(m.conferenceId, m.chair.cookie);
    await whenSynced(reread);
    addItem({ shared: reread.doc, professional: null }, { section: 'strengths', text: 'tidied after the meeting', source: { name: 'x', agency: 'y' }, restricted: false, addedBy: 'chair' });
    const check = open(m.conferenceId, m.chair.cookie);
    await eventually(() => project(check.doc, null).items.some((i) => i.text === 'tidied after the meeting'), 5000, 'the change after the meeting is kept');
    expect((await parent.browser.post('/api/join', { token: parent.token })).status).toBe(401);
  });
});
