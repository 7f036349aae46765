import { readFileSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { SAMPLE_CONFERENCE } from '../support/api.ts';
import { connect, eventually, whenSynced } from '../support/sync.ts';
import { TEST_DIST } from '../support/globalSetup.ts';
import { Browser, intentId, setUpMeeting, type Meeting } from './harness.ts';
import { RawSocket, frames } from './wire.ts';

/** WH — web hardening: headers, CSRF, cookies behind TLS, the upgrade's checks, hostile JSON. */

let server: TestServer;
let m: Meeting;

beforeAll(async () => {
  server = await startTestServer({}, undefined, { distDir: TEST_DIST });
  m = await setUpMeeting(server, ['parent', 'police']);
});

afterAll(async () => {
  await server.stop();
});

function expectSecurityHeaders(h: Headers, what: string): void {
  const csp = h.get('content-security-policy') ?? '';
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toMatch(/script-src 'self'(;|$)/);
  expect(csp, what).not.toContain('unsafe-inline');
  expect(csp, what).not.toContain('unsafe-eval');
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(h.get('referrer-policy'), what).toBe('no-referrer');
  expect(h.get('x-frame-options'), what).toBe('DENY');
}

describe('WH1 — headers on every response', () => {
  it('sets CSP, framing, sniffing and referrer headers everywhere, and no-store on every API answer', async () => {
    const anon = new Browser(server.url);
    const cases: [Browser, string, string, unknown?][] = [
      [anon, 'GET', '/healthz'],
      [anon, 'GET', '/'],
      [anon, 'GET', '/conferences/abc'],
      [anon, 'GET', '/api/session'],
      [anon, 'GET', '/api/nothing-here'],
      [anon, 'POST', '/api/join', { token: 'short' }],
      [m.chair, 'GET', '/api/conferences'],
      [m.chair, 'GET', `/api/conferences/${m.conferenceId}`],
      [m.people.get('parent')!.browser, 'GET', `/api/conferences/${m.conferenceId}`],
      [m.admin, 'GET', '/api/audit.csv'],
    ];
    for (const [b, method, path, body] of cases) {
      const r = await b.request(method, path, body);
      expectSecurityHeaders(r.headers, `${method} ${path} (${r.status})`);
      if (path.startsWith('/api/')) expect(r.headers.get('cache-control'), path).toBe('no-store');
    }
    // An error raised before any route (a CSRF refusal) carries them too.
    const csrf = await m.chair.request('POST', '/api/conferences', SAMPLE_CONFERENCE, { origin: 'https://evil.example' });
    expectSecurityHeaders(csrf.headers, 'CSRF refusal');
  });

  it('serves a page with no inline script, so the CSP needs no exception', async () => {
    expect(existsSync(`${TEST_DIST}/index.html`)).toBe(true);
    const page = await new Browser(server.url).get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const scripts = [...page.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(page.text).not.toMatch(/\son[a-z]+=/i); // no inline event handlers either
    expect(readFileSync(`${TEST_DIST}/index.html`, 'utf8')).toBe(page.text);
  });
});

describe('WH2 — CSRF: cookie-authenticated writes need our Origin', () => {
  it('refuses writes with no Origin or another origin (403 bad_origin), before doing anything', async () => {
    const before = (await m.chair.get('/api/conferences')).body.conferences.length;
    for (const origin of [undefined, 'https://evil.example', 'null', `${server.url}.evil.example`]) {
      const headers: Record<string, string> = { 'content-type': 'application/json', cookie: m.chair.cookie! };
      if (origin) headers.origin = origin;
      const r = await fetch(`${server.url}/api/conferences`, { method: 'POST', headers, body: JSON.stringify(SAMPLE_CONFERENCE) });
      expect(r.status, String(origin)).toBe(403);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('bad_origin');
    }
    const logout = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie: m.chair.cookie!, origin: 'https://evil.example' } });
    expect(logout.status).toBe(403);
    expect((await m.chair.get('/api/conferences')).body.conferences.length).toBe(before);
    expect((await m.chair.get('/api/session')).status).toBe(200);
  });
});

describe('WH3 — the sync upgrade', () => {
  it('checks the Origin: another or none gets 403 before any byte', async () => {
    for (const origin of ['https://evil.example', '']) {
      const ws = new RawSocket(server.url, m.conferenceId, m.chair.cookie, origin);
      expect(await ws.opened).toBe(403);
      expect(ws.frames).toHaveLength(0);
    }
  });

  it('refuses a conference the session may not reach with 404, as for one that does not exist, and allocates no room', async () => {
    const other = (await m.chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const parent = m.people.get('parent')!.browser;
    for (const room of [other, `${other}/professional`, 'zzzzzzzzzzzzzzzzzzzz', 'zzzzzzzzzzzzzzzzzzzz/professional']) {
      const ws = new RawSocket(server.url, room, parent.cookie);
      expect(await ws.opened, room).toBe(404);
      expect(server.registry.isLoaded(room)).toBe(false);
    }
    // Staff reach the conferences they are assigned to (assignment.test.ts), not one that does not exist.
    expect(await new RawSocket(server.url, 'zzzzzzzzzzzzzzzzzzzz', m.chair.cookie).opened).toBe(404);
    expect(server.registry.isLoaded('zzzzzzzzzzzzzzzzzzzz')).toBe(false);
    // Malformed names are not even looked up.
    for (const room of ['..%2F..%2Fetc', 'ABC', `${m.conferenceId}/other`]) {
      expect(await new RawSocket(server.url, room, m.chair.cookie).opened, room).toBe(404);
    }
  });
});

describe('WH4 — hostile JSON', () => {
  it('__proto__ and constructor.prototype in bodies are refused and pollute nothing', async () => {
    const bodies = [
      `{"__proto__": {"polluted": "yes"}, "email": "a@b.c", "password": "x"}`,
      `{"constructor": {"prototype": {"polluted": "yes"}}, "email": "a@b.c", "password": "x"}`,
    ];
    for (const body of bodies) {
      for (const [b, path] of [[new Browser(server.url), '/api/session'], [m.chair, '/api/conferences'], [m.people.get('parent')!.browser, `/api/conferences/${m.conferenceId}/intents`]] as const) {
        const r = await b.request('POST', path, body);
        expect(r.status, `${path} ${body}`).toBe(400);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('__proto__ in a presence state is harmless: only known fields survive', async () => {
    const chairClient = connect(server.url, m.conferenceId, m.chair.cookie);
    await whenSynced(chairClient);
    const ws = new RawSocket(server.url, m.conferenceId, m.people.get('police')!.browser.cookie);
    await ws.opened;
    // JSON.parse makes "__proto__" an own key, so it is really sent.
    const state = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"step":"welcome"}') as object;
    expect(JSON.stringify(state)).toContain('__proto__');
    ws.send(frames.awareness([{ clientId: 4242, clock: 1, state }]));
    await eventually(() => chairClient.provider.awareness.getStates().has(4242), 5000, 'chair sees the entry');
    const seen = chairClient.provider.awareness.getStates().get(4242)!;
    expect(Object.keys(seen).sort()).toEqual(['step', 'user']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    ws.close();
    chairClient.destroy();
  });

  it('validates lengths, enums and score ranges on the server (400 with field messages, never 500)', async () => {
    const parent = m.people.get('parent')!.browser;
    const url = `/api/conferences/${m.conferenceId}/intents`;
    const bad = [
      { id: intentId(), type: 'submit_score', roundId: 'abcdefgh', score: 11, reason: '' },
      { id: intentId(), type: 'submit_score', roundId: 'abcdefgh', score: 2.5, reason: '' },
      { id: intentId(), type: 'submit_score', roundId: 'abcdefgh', score: -1, reason: '' },
      { id: intentId(), type: 'propose_item', section: 'not_a_section', text: 'x' },
      { id: intentId(), type: 'propose_item', section: 'strengths', text: 'x'.repeat(4001) },
      { id: intentId(), type: 'propose_item', section: 'strengths', text: 'x', attendeeId: 'aaaaaaaaaaaaaaaa' },
      { id: 'short', type: 'propose_item', section: 'strengths', text: 'x' },
      { id: intentId(), type: 'drop_tables' },
    ];
    for (const body of bad) {
      const r = await parent.post(url, body);
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(r.body.error.code).toBe('invalid');
    }
    const huge = await parent.request('POST', url, JSON.stringify({ id: intentId(), type: 'propose_item', section: 'strengths', text: 'x'.repeat(300_000) }));
    expect(huge.status).toBe(413);
  });
});

describe('WH5 — rate limits that do not lock out the real user', () => {
  it('holds a script sending writes in a loop to its budget (429), audited once', async () => {
    const police = m.people.get('police')!;
    const statuses: number[] = [];
    for (let i = 0; i < 130; i++) statuses.push((await police.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id: 'x' })).status);
    expect(statuses.slice(0, 100).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    const audit = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'rate_limited' && r.actor === police.attendeeId);
    expect(audit).toHaveLength(1);
    // Another person is not affected.
    expect((await m.people.get('parent')!.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id: 'x' })).status).toBe(400);
  });
});

describe('WH6 — behind a TLS reverse proxy (TRUST_PROXY_TLS=true)', () => {
  const PUBLIC = 'https://conference.example.test';
  let tls: TestServer;
  beforeAll(async () => {
    tls = await startTestServer({ TRUST_PROXY_TLS: 'true', PUBLIC_ORIGIN: PUBLIC });
  });
  afterAll(async () => {
    await tls.stop();
  });

  const viaProxy = (path: string, init: RequestInit & { ip?: string } = {}) =>
    fetch(tls.url + path, { ...init, headers: { origin: PUBLIC, 'x-forwarded-for': init.ip ?? '203.0.113.9', 'x-forwarded-proto': 'https', ...(init.headers as Record<string, string>) } });

  it('uses __Host- cookies with Secure, HttpOnly, SameSite=Strict and Path=/, and sends HSTS', async () => {
    const creds = await tls.addStaff('chair');
    const r = await viaProxy('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(creds) });
    expect(r.status).toBe(200);
    const cookie = r.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^__Host-cr_session=[A-Za-z0-9_-]{43}; /);
    for (const attr of ['Path=/', 'HttpOnly', 'SameSite=Strict', 'Secure']) expect(cookie).toContain(attr);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);

    const session = cookie.split(';')[0]!;
    const conf = await viaProxy('/api/conferences', { method: 'POST', headers: { 'content-type': 'application/json', cookie: session }, body: JSON.stringify(SAMPLE_CONFERENCE) });
    expect(conf.status).toBe(201);
    const { conference } = (await conf.json()) as { conference: { id: string } };
    const inv = await viaProxy(`/api/conferences/${conference.id}/invites`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session }, body: JSON.stringify({ name: 'Kerys', role: 'parent', agency: '', attendance: 'present' }) });
    const { token } = (await inv.json()) as { token: string };
    const join = await viaProxy('/api/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
    const names = join.headers.getSetCookie().map((c) => c.split('=')[0]).sort();
    expect(names).toEqual(['__Host-cr_device', '__Host-cr_session']);
    for (const c of join.headers.getSetCookie()) expect(c).toContain('Secure');

    // The plain cookie name means nothing here, and the public origin is the only one accepted.
    expect((await viaProxy('/api/session', { headers: { cookie: session.replace('__Host-', '') } })).status).toBe(401);
    expect((await fetch(`${tls.url}/api/conferences`, { method: 'POST', headers: { cookie: session, origin: tls.url, 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
    const ws = new RawSocket(tls.url, conference.id, session, PUBLIC);
    expect(await ws.opened).toBeNull();
    ws.close();
    expect(await new RawSocket(tls.url, conference.id, session, tls.url).opened).toBe(403);
  });

  it('limits failed logins per address and account without locking the real user out', async () => {
    const creds = await tls.addStaff('notetaker');
    const attempt = (ip: string, password: string) =>
      viaProxy('/api/session', { ip, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: creds.email, password }) });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt('198.51.100.66', `wrong password ${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // The right password from that address waits too (so guessing gains nothing)…
    expect((await attempt('198.51.100.66', creds.password)).status).toBe(429);
    // …but the real user at their own address signs in.
    expect((await attempt('192.0.2.10', creds.password)).status).toBe(200);
  });
});
