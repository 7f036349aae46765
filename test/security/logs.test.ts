import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect, eventually, whenSynced } from '../support/sync.ts';
import { addItem } from '../../shared/commands/items.ts';
import { project } from '../../shared/schema/project.ts';
import { Browser, intentId } from './harness.ts';
import { RawSocket, frames } from './wire.ts';

/**
 * LG1 — A scripted session at the most verbose log level, every log line captured: no password,
 * session or device cookie, invite token or case text appears in the server's logs.
 */

const CANARY = 'CANARY-CASE-TEXT-51d0';
const CHILD = 'Canaryella Brightwater';
const WRONG_PASSWORD = 'CANARY-WRONG-PASSWORD-93ab';

let server: TestServer;
const lines: string[] = [];
const secrets: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ LOG_LEVEL: 'debug' }, undefined, { logStream: { write: (line) => { lines.push(line); } } });
});

afterAll(async () => {
  await server.stop();
});

describe('LG1 — what the server logs', () => {
  it('runs a session that touches every route and the sync socket', async () => {
    const creds = await server.addStaff('chair', 'Gwen Ashcombe');
    secrets.push(creds.password, WRONG_PASSWORD, CANARY, CHILD, 'Kerys Canary-Parent');

    expect((await new Browser(server.url).post('/api/session', { email: creds.email, password: WRONG_PASSWORD })).status).toBe(401);
    const chair = await new Browser(server.url).login(creds.email, creds.password);
    secrets.push(chair.jar.get('cr_session')!);
    const conf = await chair.post('/api/conferences', {
      type: 'initial', jurisdiction: 'england', startsAt: '2030-12-16T10:00', durationMinutes: 90, venue: `Room ${CANARY}`, online: false,
      children: [{ name: CHILD, dateOfBirth: '2016-05-03', gender: 'female' }],
    });
    const conferenceId: string = conf.body.conference.id;
    const inv = await chair.post(`/api/conferences/${conferenceId}/invites`, { name: 'Kerys Canary-Parent', role: 'parent', agency: '', attendance: 'present' });
    secrets.push(inv.body.token);

    const parent = new Browser(server.url);
    expect((await parent.post('/api/join', { token: inv.body.token })).status).toBe(200);
    secrets.push(parent.jar.get('cr_session')!, parent.jar.get('cr_device')!);
    const laptop = new Browser(server.url);
    expect((await laptop.post('/api/join', { token: inv.body.token })).status).toBe(202);
    secrets.push(laptop.jar.get('cr_session')!);
    // A token in a query string (a careless link) is not logged either.
    await parent.get(`/api/session?token=${inv.body.token}`);

    const writer = connect(server.url, conferenceId, chair.cookie);
    await whenSynced(writer);
    addItem({ shared: writer.doc, professional: null }, { section: 'strengths', text: `${CANARY} strength`, source: { name: 'Sam', agency: 'CS' }, restricted: false, addedBy: 'chair' });
    expect((await parent.post(`/api/conferences/${conferenceId}/intents`, { id: intentId(), type: 'propose_item', section: 'strengths', text: `${CANARY} proposal` })).status).toBe(200);
    expect((await parent.post(`/api/conferences/${conferenceId}/intents`, { id: intentId(), type: 'reveal_scores', roundId: 'abcdefgh' })).status).toBe(403);

    // Violations are logged (without content): a forged write and a malformed frame.
    const forged = new Y.Doc();
    addItem({ shared: forged, professional: null }, { section: 'strengths', text: `${CANARY} forged`, source: { name: 'x', agency: 'y' }, restricted: false, addedBy: 'x' });
    const hostile = new RawSocket(server.url, conferenceId, parent.cookie);
    await hostile.opened;
    hostile.send(frames.update(Y.encodeStateAsUpdate(forged)));
    expect(await hostile.closed).toBe(4403);
    const garbage = new RawSocket(server.url, conferenceId, parent.cookie);
    await garbage.opened;
    garbage.send(Buffer.from(`${CANARY} not a frame`));
    expect(await garbage.closed).toBe(4400);

    const room = await server.registry.get(conferenceId);
    await eventually(() => project(room.doc, null).items.length === 1, 5000, 'item stored');
    writer.destroy();
    expect((await chair.delete('/api/session')).status).toBe(204);
  });

  it('logged the session (requests and violations), and nothing secret or about the case', () => {
    const all = lines.join('');
    expect(lines.length).toBeGreaterThan(20);
    expect(all).toContain('sync violation');
    expect(all).toContain('"url":"/api/join"');
    for (const s of secrets) {
      expect(s.length).toBeGreaterThan(8);
      expect(all, `log contains ${s.slice(0, 12)}…`).not.toContain(s);
    }
    expect(all.toLowerCase()).not.toContain('cookie');
    expect(all).not.toContain('set-cookie');
  });
});
