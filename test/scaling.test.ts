import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { project } from '../shared/schema/project.ts';
import { closeRound, openRound } from '../shared/commands/scaling.ts';
import { DEFAULT_SCALE, summarise } from '../shared/rules/scaling.ts';
import { docs, F } from '../shared/schema/docLayout.ts';

let server: TestServer;
let chair: ApiClient;
let id: string;
const clients: SyncClient[] = [];
const ROLES = ['parent', 'parent', 'child', 'advocate', 'supporter', 'social_worker', 'police', 'education', 'health', 'gp', 'other_professional', 'health', 'education', 'social_worker', 'police'];

beforeAll(async () => {
  server = await startTestServer();
  const c = await server.addStaff('chair', 'Gwen Ashcombe');
  chair = await new ApiClient(server.url).login(c.email, c.password);
  id = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('scaling', () => {
  it('SC8/SC9 keeps fifteen scores sealed until the reveal, then everyone sees the same numbers', async () => {
    const people = await Promise.all(ROLES.map(async (role, i) => {
      const inv = await chair.post(`/api/conferences/${id}/invites`, { name: `Person ${i}`, role, agency: '', attendance: 'present' });
      const api = new ApiClient(server.url);
      await api.post('/api/join', { token: inv.body.token });
      const sync = connect(server.url, id, api.cookie);
      clients.push(sync);
      return { api, sync, attendeeId: inv.body.id as string };
    }));
    const chairDoc = connect(server.url, id, chair.cookie);
    clients.push(chairDoc);
    await Promise.all([chairDoc, ...people.map((p) => p.sync)].map((c) => whenSynced(c)));

    const opened = openRound(chairDoc.doc, DEFAULT_SCALE);
    if (!opened.ok) throw new Error(opened.reasons.join());
    const roundId = opened.value;
    await eventually(() => people.every((p) => project(p.sync.doc, null).rounds.length === 1), 5000, 'round reaches everyone');

    // Everyone scores at once, then changes their mind.
    const send = (p: (typeof people)[number], i: number, score: number, reason: string) =>
      p.api.post(`/api/conferences/${id}/intents`, { id: `score-${i}-${reason.length}-${score}-xxxxxxxx`, type: 'submit_score', roundId, score, reason });
    const first = await Promise.all(people.map((p, i) => send(p, i, i % 11, `first thought ${i} SEALED`)));
    expect(first.map((r) => r.status)).toEqual(people.map(() => 200));
    const finalScores = people.map((_, i) => (i * 7) % 11);
    await Promise.all(people.map((p, i) => send(p, i, finalScores[i]!, `considered view of person ${i} SEALED`)));

    await eventually(() => [chairDoc, ...people.map((p) => p.sync)].every((c) => project(c.doc, null).rounds[0]!.scored.length === 15), 5000, 'who has scored');
    for (const c of [chairDoc, ...people.map((p) => p.sync)]) {
      const bytes = Buffer.from(Y.encodeStateAsUpdate(c.doc)).toString('utf8');
      expect(bytes).not.toContain('SEALED');
      expect(project(c.doc, null).rounds[0]!.results).toEqual([]);
    }

    // A participant cannot reveal, record someone else's score, or score after closing.
    const sneaky = people[0]!;
    expect((await sneaky.api.post(`/api/conferences/${id}/intents`, { id: 'reveal-attempt-00000001', type: 'reveal_scores', roundId })).status).toBe(403);
    expect((await sneaky.api.post(`/api/conferences/${id}/intents`, { id: 'record-attempt-00000001', type: 'record_score', roundId, attendeeId: people[1]!.attendeeId, score: 0, reason: 'x' })).status).toBe(403);
    closeRound(chairDoc.doc, roundId);
    await eventually(() => project(sneaky.sync.doc, null).rounds[0]!.status === 'closed', 5000, 'closed');
    const late = await send(sneaky, 0, 10, 'too late');
    expect(late.status).toBe(409);

    expect((await chair.post(`/api/conferences/${id}/intents`, { id: 'reveal-0000000000001', type: 'reveal_scores', roundId })).status).toBe(200);
    await eventually(() => people.every((p) => project(p.sync.doc, null).rounds[0]!.results.length === 15), 5000, 'reveal everywhere');
    const expected = summarise(finalScores);
    for (const c of [chairDoc, ...people.map((p) => p.sync)]) {
      const round = project(c.doc, null).rounds[0]!;
      expect(round.status).toBe('revealed');
      const byPerson = Object.fromEntries(round.results.map((r) => [r.attendeeId, r.score]));
      expect(people.map((p) => byPerson[p.attendeeId])).toEqual(finalScores);
      expect(summarise(round.results.map((r) => r.score))).toEqual(expected);
      expect(round.results.find((r) => r.attendeeId === people[0]!.attendeeId)).toMatchObject({ group: 'family', reason: 'considered view of person 0 SEALED' });
      expect(round.results.find((r) => r.attendeeId === people[6]!.attendeeId)).toMatchObject({ group: 'professional' });
      // SC11: the child and their advocate are shown together, never counted with the family.
      expect(round.results.find((r) => r.attendeeId === people[2]!.attendeeId)).toMatchObject({ group: 'child' });
      expect(round.results.find((r) => r.attendeeId === people[3]!.attendeeId)).toMatchObject({ group: 'child' });
      expect(round.results.find((r) => r.attendeeId === people[4]!.attendeeId)).toMatchObject({ group: 'family' });
    }
  });

  it('refuses a participant’s direct write to the decision and changes nothing for anyone', async () => {
    const inv = await chair.post(`/api/conferences/${id}/invites`, { name: 'Dean Holloway', role: 'parent', agency: '', attendance: 'present' });
    const dean = new ApiClient(server.url);
    await dean.post('/api/join', { token: inv.body.token });
    const sock = connect(server.url, id, dean.cookie);
    const watcher = connect(server.url, id, chair.cookie);
    clients.push(sock, watcher);
    await Promise.all([whenSynced(sock), whenSynced(watcher)]);
    const before = JSON.stringify(project(watcher.doc, null).decision);
    // A modified client writes the decision and someone's score straight into its copy.
    sock.doc.transact(() => {
      docs.decision(sock.doc).set(F.perChild, [{ childId: 'x', outcome: 'no_further_action', category: null }]);
      const results = [...docs.scaling(sock.doc).values()][0]?.get(F.results);
      if (results instanceof Y.Map) results.set('someone', { score: 10 });
    });
    await eventually(() => sock.closes.includes(4403), 5000, 'refused');
    await new Promise((r) => setTimeout(r, 100));
    expect(JSON.stringify(project(watcher.doc, null).decision)).toBe(before);
    expect(project(watcher.doc, null).rounds[0]!.results.some((r) => r.attendeeId === 'someone')).toBe(false);
  });
});
