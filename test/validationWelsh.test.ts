import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, request } from '../client/api.ts';
import { translate } from '../shared/i18n/translate.ts';
import type { Msg } from '../shared/i18n/messages.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';

/**
 * Issue 13: a bad request is answered with each field's message by id (`fieldMessages`), which the
 * client reads into `ApiError.fieldMsgs` and shows in the person's language; `fields` stay English.
 */
let server: TestServer;
let chair: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  const creds = await server.addStaff('chair', 'Gwen Ashcombe');
  chair = await new ApiClient(server.url).login(creds.email, creds.password);
});
afterAll(async () => {
  await server.stop();
});

/** The client's own request(), as the browser sends it (same origin). */
async function refusal(url: string, body: unknown): Promise<ApiError> {
  const browserFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => browserFetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: server.url } });
  try {
    await request('POST', server.url + url, body);
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  } finally {
    globalThis.fetch = browserFetch;
  }
  throw new Error('the request was accepted');
}

describe('validation messages reach a Welsh client in Welsh', () => {
  it('sign in with a bad email and no password: each field in Welsh, the English kept for API users', async () => {
    const e = await refusal('/api/session', { email: 'not an email', password: '' });
    expect(e.status).toBe(400);
    expect(translate('cy', e.fieldMsgs.email!)).toBe('Rhowch gyfeiriad e-bost fel enw@cyngor.llyw.cymru');
    expect(translate('cy', e.fieldMsgs.password!)).toBe('Rhowch eich cyfrinair');
    expect(translate('cy', e.msg)).toBe('Rhowch gyfeiriad e-bost fel enw@cyngor.llyw.cymru');
    expect(e.fields.email).toBe('Enter an email address like name@council.gov.uk');
  });

  it('a conference with no children, a bad time and a long reference: Welsh by each field, general checks included', async () => {
    const r = await chair.post('/api/conferences', { ...SAMPLE_CONFERENCE, children: [], startsAt: 'tomorrow', reference: 'x'.repeat(61), durationMinutes: 5 });
    expect(r.status).toBe(400);
    const byPath = Object.fromEntries((r.body.error.fieldMessages as (Msg & { path: string })[]).map(({ path, ...m }) => [path, translate('cy', m)]));
    expect(byPath).toMatchObject({
      children: 'Ychwanegwch o leiaf un plentyn',
      startsAt: 'Rhowch ddyddiad ac amser fel 2025-03-14T10:00',
      reference: 'Cadwch y cyfeirnod i 60 nod neu lai',
      durationMinutes: 'Rhowch 15 neu fwy',
    });
    expect(r.body.error.fields.reference).toBe('Keep the reference to 60 characters or fewer');
  });
});

describe('validation messages are ids', () => {
  it('no schema in shared/ gives a zod check an English message (each gives an id, or none)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
      }
    };
    walk(fileURLToPath(new URL('../shared', import.meta.url)));
    // zod/mini's checks (z.maxLength, z.minimum…) as well as classic's methods (.max, .min…).
    const english = /\.(min|max|length|minLength|maxLength|minimum|maximum|regex|int|email|refine|nonempty|gte|lte|positive)\([^)]*['`"][A-Z][a-z]+ |(message|error): *['`"][A-Z][a-z]+ /;
    const found = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => english.test(l)).map((l) => `${f}: ${l.trim()}`));
    expect(found).toEqual([]);
  });
});
