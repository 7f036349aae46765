import { connect as tcp } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { Browser, intentId, setUpMeeting, type Meeting } from './harness.ts';

/** ER — Every error a client can cause, from routes, the framework and the sync upgrade, is a 4xx in the documented shape. */

let server: TestServer;
let m: Meeting;
const lines: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ LOG_LEVEL: 'debug' }, undefined, { logStream: { write: (line) => { lines.push(line); } } });
  m = await setUpMeeting(server, ['parent']);
});

afterAll(async () => {
  await server.stop();
});

/** Raw bytes to the server and everything it answers until it closes (fetch would refuse to send some of these). */
function raw(request: string): Promise<{ status: number; body: string }> {
  const u = new URL(server.url);
  return new Promise((resolve, reject) => {
    const s = tcp(Number(u.port), u.hostname, () => s.write(request));
    let text = '';
    s.on('data', (d) => { text += d.toString('latin1'); });
    s.on('error', reject);
    s.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body });
    });
  });
}

function expectShape(status: number, body: unknown, what: string): void {
  expect(status, what).toBeGreaterThanOrEqual(400);
  expect(status, what).toBeLessThan(500);
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  expect(typeof e?.code, `${what}: ${JSON.stringify(body)}`).toBe('string');
  expect(typeof e?.message, what).toBe('string');
}

describe('ER1 — malformed requests answer in the documented shape with a 4xx', () => {
  it('a malformed session cookie is no session (401), not a 500', async () => {
    for (const cookie of ['cr_session=%E0%A4%A', 'cr_session=%', 'cr_session="unterminated', 'cr_session', '=;;=']) {
      const r = await new Browser(server.url).request('GET', '/api/session', undefined, { cookie });
      expect(r.status, cookie).toBe(401);
      expectShape(r.status, r.body, cookie);
    }
    // A malformed device cookie on join still gives a fresh device, not an error.
    const inv = await m.chair.post(`/api/conferences/${m.conferenceId}/invites`, { name: 'Kerys', role: 'parent', agency: '', attendance: 'present' });
    const joined = await new Browser(server.url).request('POST', '/api/join', { token: inv.body.token }, { cookie: 'cr_device=%E0%A4%A' });
    expect(joined.status).toBe(200);
  });

  it('a malformed or over-long path gets our error body, not the framework’s', async () => {
    const bad = await m.chair.get('/api/conferences/%ZZ');
    expect(bad.status).toBe(400);
    expectShape(bad.status, bad.body, '%ZZ');
    expect(bad.text).not.toContain('FST_');
    const long = await m.chair.get(`/api/conferences/${'a'.repeat(500)}`);
    expectShape(long.status, long.body, 'long parameter');
    expect(long.text).not.toContain('FST_');
    const huge = await raw(`GET /api/conferences/${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expectShape(huge.status, JSON.parse(huge.body), 'URL over the header limit');
  });

  it('a malformed upgrade path gets an HTTP 400 in our shape before the socket closes', async () => {
    const r = await raw('GET /sync/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
    expect(r.status).toBe(400);
    expectShape(r.status, JSON.parse(r.body), 'upgrade');
    const unknown = await raw('GET /sync/nothing HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
    expect(unknown.status).toBe(404);
    expectShape(unknown.status, JSON.parse(unknown.body), 'unknown room');
  });

  it('logged none of it as a server error, and no stack trace', () => {
    const all = lines.join('');
    expect(all).not.toContain('"stack"');
    expect(all).not.toMatch(/at [\w.<>]+ \(/);
    expect(all).not.toContain('upgrade failed');
    expect(lines.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
  });
});

describe('TX1 — text that is not valid Unicode is refused, not silently changed', () => {
  it('an intent or a body with a lone surrogate gets 400 invalid_text naming the field', async () => {
    const parent = m.people.get('parent')!.browser;
    // JSON.stringify escapes a lone surrogate as \ud800, which is how a client would send it.
    const r = await parent.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'propose_item', section: 'strengths', text: 'Good \uD800 days' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_text');
    expect(r.body.error.fields).toEqual({ text: expect.stringContaining('could not be read') });
    const inv = await m.chair.post(`/api/conferences/${m.conferenceId}/invites`, { name: 'Kerys \uDC00', role: 'parent', agency: '', attendance: 'present' });
    expect(inv.status).toBe(400);
    expect(Object.keys(inv.body.error.fields)).toEqual(['name']);
    // Emoji (surrogate pairs) are fine.
    expect((await parent.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'propose_item', section: 'strengths', text: 'Good days 👍🏽' })).status).toBe(200);
  });
});
