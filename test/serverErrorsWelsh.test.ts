import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, request } from '../client/api.ts';
import { translate } from '../shared/i18n/translate.ts';
import { closeRound, openRound } from '../shared/commands/scaling.ts';
import { DEFAULT_SCALE } from '../shared/rules/scaling.ts';
import { project } from '../shared/schema/project.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';

/**
 * Issue 13: every error the server answers carries its message by id, so a Welsh person reads it in
 * Welsh (`t(err.msg)`), while `message` stays English for API users.
 */
let server: TestServer;
let chair: ApiClient;
let conferenceId: string;
const syncs: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const creds = await server.addStaff('chair', 'Gwen Ashcombe');
  chair = await new ApiClient(server.url).login(creds.email, creds.password);
  conferenceId = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
});
afterAll(async () => {
  for (const s of syncs) s.destroy();
  await server.stop();
});

/** The client's own request(), as this tab's browser sends it (same origin, its cookies). */
async function refused(tab: ApiClient, url: string, body: unknown): Promise<ApiError> {
  const browserFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => browserFetch(input, {
    ...init, headers: { ...(init?.headers as Record<string, string>), origin: tab.origin, ...(tab.cookie ? { cookie: tab.cookie } : {}) },
  });
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

describe('server errors reach a Welsh client in Welsh', () => {
  it('a score sent after the chair closed the round', async () => {
    const inv = await chair.post(`/api/conferences/${conferenceId}/invites`, { name: 'Rhian Powell', role: 'parent', agency: '', attendance: 'present' });
    const parent = new ApiClient(server.url);
    expect((await parent.post('/api/join', { token: inv.body.token })).status).toBe(200);
    const chairDoc = connect(server.url, conferenceId, chair.cookie);
    const parentDoc = connect(server.url, conferenceId, parent.cookie);
    syncs.push(chairDoc, parentDoc);
    await Promise.all([whenSynced(chairDoc), whenSynced(parentDoc)]);
    const opened = openRound(chairDoc.doc, DEFAULT_SCALE);
    if (!opened.ok) throw new Error('the round did not open');
    closeRound(chairDoc.doc, opened.value);
    await eventually(() => project(parentDoc.doc, null).rounds[0]?.status === 'closed', 5000, 'the round closes');

    const e = await refused(parent, `/api/conferences/${conferenceId}/intents`, { id: 'late-score-000000000001', type: 'submit_score', roundId: opened.value, score: 7, reason: 'Late' });
    expect(e.status).toBe(409);
    expect(e.msg).toEqual({ id: 'errors.scaling.closed' });
    expect(translate('cy', e.msg)).toBe("Mae'r sgorio wedi cau. Chafodd eich sgôr ddim ei newid.");
    expect(e.message).toBe('Scoring is closed. Your score was not changed.');
  });

  it('a role that does not score: refused by id (a 403 is no longer a generic "something went wrong")', async () => {
    const e = await refused(chair, `/api/conferences/${conferenceId}/intents`, { id: 'chair-score-00000000001', type: 'submit_score', roundId: 'r'.repeat(16), score: 3, reason: 'x' });
    expect(e.status).toBe(403);
    expect(translate('cy', e.msg)).toBe("Dydy'ch rôl chi ddim yn rhoi sgôr yn y gynhadledd hon.");
  });

  it('the join rate limit, with the minutes to wait in Welsh', async () => {
    const stranger = new ApiClient(server.url);
    let last: ApiError | undefined;
    for (let i = 0; i < 40 && last?.status !== 429; i++) last = await refused(stranger, '/api/join', { token: 'x'.repeat(43) });
    expect(last?.status).toBe(429);
    expect(last?.msg.id).toBe('errors.tooManyAttempts');
    const minutes = last!.msg.values!.minutes as number;
    expect(minutes).toBeGreaterThan(1);
    expect(translate('cy', last!.msg)).toBe(`Gormod o ymdrechion. Rhowch gynnig arall arni ymhen ${minutes} munud.`);
    expect(last!.message).toBe(`Too many attempts. Try again in ${minutes} minutes.`);
  });

  it('an invite link that no longer works', async () => {
    const e = await refused(new ApiClient(server.url), '/api/record-link', { token: 'y'.repeat(43) });
    expect(e.status).toBe(401);
    expect(translate('cy', e.msg)).toMatch(/^Mae'r ddolen hon i'r cofnod wedi dod i ben/);
  });
});
