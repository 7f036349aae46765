import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { Browser, intentId, setUpMeeting, type Meeting } from './harness.ts';

/** LM — limits that hold when the requests come all at once. */

let server: TestServer;
let m: Meeting;

beforeAll(async () => {
  server = await startTestServer();
  m = await setUpMeeting(server, ['parent', 'police']);
});

afterAll(async () => {
  await server.stop();
});

describe('LM1 — attempt limits under concurrency', () => {
  it('40 sign-ins at once for one account, the right password last: 10 are checked, none gets in', async () => {
    const creds = await server.addStaff('chair');
    const attempt = (password: string) => new Browser(server.url).post('/api/session', { email: creds.email, password });
    const wrong = Array.from({ length: 39 }, (_, i) => attempt(`wrong password ${i}`));
    // The right one leaves last, while the wrong ones are still being verified.
    await new Promise((r) => setTimeout(r, 20));
    const right = await attempt(creds.password);
    const statuses = (await Promise.all(wrong)).map((r) => r.status);
    expect(right.status).toBe(429);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(29);
    const failures = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'login_failed' && r.actor !== 'unknown');
    expect(failures.length).toBe(10);
  });

  it('40 invite redemptions at once with wrong tokens: no more than the limit of 30 are looked up', async () => {
    const before = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'join_failed').length;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => new Browser(server.url).post('/api/join', { token: `wrong-token-${i}`.padEnd(43, 'x') })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    const after = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'join_failed').length;
    expect(after - before).toBe(30);
  });
});

describe('IN5 — a proposal id another sender already used', () => {
  it('is refused with 409, the first proposal stays, and the same sender resending gets the first answer', async () => {
    const parent = m.people.get('parent')!;
    const police = m.people.get('police')!;
    const id = intentId();
    const first = await parent.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id, type: 'propose_item', section: 'strengths', text: 'From the parent' });
    expect(first.status).toBe(200);
    const clash = await police.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id, type: 'propose_item', section: 'past_harm', text: 'From the police' });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('id_in_use');
    const again = await parent.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id, type: 'propose_item', section: 'strengths', text: 'From the parent' });
    expect(again.body).toEqual(first.body);
    const room = await server.registry.get(`${m.conferenceId}/professional`);
    const proposal = room.doc.getMap('proposals').get(id) as { toJSON(): Record<string, unknown> } | undefined;
    expect(JSON.stringify(proposal?.toJSON())).toContain('From the parent');
    expect(JSON.stringify(room.doc.toJSON())).not.toContain('From the police');
  });
});
