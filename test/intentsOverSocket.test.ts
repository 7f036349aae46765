import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, sendIntentOverSocket, whenSynced, type SyncClient } from './support/sync.ts';
import { project } from '../shared/schema/project.ts';
import { openRound } from '../shared/commands/scaling.ts';
import { DEFAULT_SCALE } from '../shared/rules/scaling.ts';
import * as encoding from 'lib0/encoding';
import { MSG_INTENT } from '../shared/schema/intentFrames.ts';

/**
 * IN10 — Intents over the room's socket are the same intents as over HTTP: same checks, same
 * answers, same audit, same write budget, answered only once stored.
 */
let server: TestServer;
let chair: ApiClient;
let id: string;
let chairSync: SyncClient;
let roundId: string;
const clients: SyncClient[] = [];

async function participant(name: string, role = 'parent'): Promise<{ api: ApiClient; sync: SyncClient; attendeeId: string }> {
  const inv = await chair.post(`/api/conferences/${id}/invites`, { name, role, agency: '', attendance: 'present' });
  const api = new ApiClient(server.url);
  await api.post('/api/join', { token: inv.body.token });
  const sync = connect(server.url, id, api.cookie);
  clients.push(sync);
  await whenSynced(sync);
  return { api, sync, attendeeId: inv.body.id as string };
}

const sessionHashOf = (api: ApiClient) => createHash('sha256').update(/cr_session=([^;]+)/.exec(api.cookie ?? '')?.[1] ?? '').digest('hex');

beforeAll(async () => {
  server = await startTestServer();
  const c = await server.addStaff('chair', 'Gwen Ashcombe');
  chair = await new ApiClient(server.url).login(c.email, c.password);
  id = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
  chairSync = connect(server.url, id, chair.cookie);
  clients.push(chairSync);
  await whenSynced(chairSync);
  const opened = openRound(chairSync.doc, DEFAULT_SCALE);
  if (!opened.ok) throw new Error('round');
  roundId = opened.value;
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('IN10 intents over the room socket', () => {
  it('a score over a read-only socket is sealed, stored once, seen by everyone, and answered after its effect arrived', async () => {
    const parent = await participant('Kerys Brightwater');
    const other = await participant('Dean Holloway');
    await eventually(() => project(parent.sync.doc, null).rounds.length === 1, 5000, 'round');
    const scoredHere = () => project(parent.sync.doc, null).rounds[0]!.scored.includes(parent.attendeeId);
    const intent = { id: 'socket-score-000000001', type: 'submit_score', roundId, score: 6, reason: 'SEALED reason' };

    const answer = await sendIntentOverSocket(parent.sync, intent);
    expect(answer).toEqual({ id: intent.id, status: 200, body: { ok: true, id: intent.id, result: { score: 6 } } });
    // Acknowledged means stored, and the mark was relayed (to this socket too) before the answer.
    expect(scoredHere()).toBe(true);
    await eventually(() => [chairSync, other.sync].every((c) => project(c.doc, null).rounds[0]!.scored.includes(parent.attendeeId)), 5000, 'mark everywhere');
    expect(parent.sync.closes).toEqual([]);

    // Sent again (a reconnect that lost the answer): the same answer, applied once.
    expect(await sendIntentOverSocket(parent.sync, intent)).toEqual(answer);
    const scores = await server.store.scoresOf(id, roundId);
    expect(scores.filter((s) => s.attendeeId === parent.attendeeId)).toMatchObject([{ score: 6, reason: 'SEALED reason' }]);
    const audited = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'intent' && r.actor === parent.attendeeId);
    expect(audited).toHaveLength(1);
    // And over HTTP the same id from the same person answers the same.
    const http = await parent.api.post(`/api/conferences/${id}/intents`, intent);
    expect([http.status, http.body]).toEqual([200, answer.body]);
  });

  it('refusals come back as HTTP gives them, are audited the same way, and leave the socket open', async () => {
    const p = await participant('Glenys Morgan');
    const reveal = await sendIntentOverSocket(p.sync, { id: 'socket-reveal-0000001', type: 'reveal_scores', roundId });
    const httpReveal = await p.api.post(`/api/conferences/${id}/intents`, { id: 'http-reveal-00000001', type: 'reveal_scores', roundId });
    expect(reveal.status).toBe(403);
    expect(reveal.body).toEqual(httpReveal.body);
    const denied = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'denied' && r.actor === p.attendeeId).map((r) => r.detail);
    expect(denied).toEqual(expect.arrayContaining(['SOCKET intent reveal_scores', 'POST /api/conferences/:id/intents reveal_scores']));

    const tooHigh = await sendIntentOverSocket(p.sync, { id: 'socket-score-000000011', type: 'submit_score', roundId, score: 11, reason: 'x' });
    expect(tooHigh.status).toBe(400);
    expect((tooHigh.body as { error: { code: string; fieldMessages: { path: string }[] } }).error).toMatchObject({ code: 'invalid', fieldMessages: [{ path: 'score' }] });

    const badText = await sendIntentOverSocket(p.sync, { id: 'socket-score-000000012', type: 'submit_score', roundId, score: 1, reason: 'bad \ud800 text' });
    expect(badText.status).toBe(400);
    expect((badText.body as { error: { code: string } }).error.code).toBe('invalid_text');

    // Not JSON at all: a 400 with no id to match, and the socket stays.
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MSG_INTENT);
    encoding.writeVarString(e, '{"id": "unfinished');
    p.sync.provider.ws!.send(encoding.toUint8Array(e));
    await eventually(() => p.sync.answers.some((a) => a.id === '' && a.status === 400) || p.sync.closes.length > 0, 5000, 'answer to garbage');
    expect(p.sync.closes).toEqual([]);
    expect(p.sync.provider.wsconnected).toBe(true);
  });

  it('a session that has ended since the socket opened is answered 401, and nothing is stored', async () => {
    const p = await participant('Poppy Brightwater', 'child');
    await server.store.deleteSession(sessionHashOf(p.api));
    const answer = await sendIntentOverSocket(p.sync, { id: 'socket-score-000000021', type: 'submit_score', roundId, score: 3, reason: 'after the end' });
    expect(answer.status).toBe(401);
    expect((await server.store.scoresOf(id, roundId)).some((s) => s.attendeeId === p.attendeeId)).toBe(false);
  });

  it('spends the same write budget per session as HTTP', async () => {
    const p = await participant('Alex Advocate', 'advocate');
    // 120 at once, then 2 a second: a few refill while these go.
    const statuses: number[] = [];
    for (let i = 0; i < 200 && statuses.at(-1) !== 429; i++) {
      statuses.push((await sendIntentOverSocket(p.sync, { id: `budget-${String(i).padStart(12, '0')}`, type: 'submit_score', roundId, score: 99, reason: 'x' })).status);
    }
    expect(statuses.length).toBeGreaterThan(120);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 400)).toBe(true);
    const overHttp = await p.api.post(`/api/conferences/${id}/intents`, { id: 'budget-http-00000001', type: 'submit_score', roundId, score: 1, reason: 'x' });
    expect(overHttp.status).toBe(429);
    expect(overHttp.headers.get('retry-after')).toBe('5');
    const limited = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'rate_limited' && r.actor === p.attendeeId);
    expect(limited.map((r) => r.detail)).toEqual(['socket intent']);
  });
});
