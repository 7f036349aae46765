import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import type { SqliteStore } from '../../server/store/sqlite.ts';
import { addItem } from '../../shared/commands/items.ts';
import { openRound } from '../../shared/commands/scaling.ts';
import { DEFAULT_SCALE } from '../../shared/rules/scaling.ts';
import { project } from '../../shared/schema/project.ts';
import { Browser, intentId, setUpMeeting, type Meeting } from './harness.ts';
import { RawSocket } from './wire.ts';

/**
 * RT — Retention with a tiny period (RETENTION_DAYS=0.00002, about 1.7 s) and a fast sweep: a
 * finalised conference is deleted for good, everywhere, in one transaction, and the deletion is
 * audited; an open conference is untouched.
 */

const RETENTION_MS = 0.00002 * 24 * 3600 * 1000;
let server: TestServer;
let db: SqliteStore['db'];
let doomed: Meeting;
let kept: Meeting;
const clients: SyncClient[] = [];

/** Rows that mention a conference, table by table. */
function rowsOf(id: string): Record<string, number> {
  const n = (sql: string, ...args: unknown[]) => Number((db.prepare(sql).get(...args) as { n: number }).n);
  return {
    conferences: n('SELECT count(*) AS n FROM conferences WHERE id = ?', id),
    attendees: n('SELECT count(*) AS n FROM attendees WHERE conference_id = ?', id),
    sessions: n('SELECT count(*) AS n FROM sessions WHERE conference_id = ?', id),
    lobby: n('SELECT count(*) AS n FROM lobby WHERE conference_id = ?', id),
    intents: n('SELECT count(*) AS n FROM intents WHERE conference_id = ?', id),
    scores: n('SELECT count(*) AS n FROM scores WHERE conference_id = ?', id),
    doc_updates: n('SELECT count(*) AS n FROM doc_updates WHERE name IN (?, ?)', id, `${id}/professional`),
    doc_snapshots: n('SELECT count(*) AS n FROM doc_snapshots WHERE name IN (?, ?)', id, `${id}/professional`),
  };
}

async function fill(meeting: Meeting): Promise<void> {
  const s = connect(server.url, meeting.conferenceId, meeting.chair.cookie);
  const p = connect(server.url, `${meeting.conferenceId}/professional`, meeting.chair.cookie);
  clients.push(s, p);
  await Promise.all([whenSynced(s), whenSynced(p)]);
  const d = { shared: s.doc, professional: p.doc };
  for (let i = 0; i < 8; i++) addItem(d, { section: 'strengths', text: `Strength ${i}`, source: { name: 'Sam', agency: 'CS' }, restricted: i % 2 === 0, addedBy: 'chair' });
  const round = openRound(s.doc, DEFAULT_SCALE);
  if (!round.ok) throw new Error('round');
  const room = await server.registry.get(meeting.conferenceId);
  await eventually(() => room.doc.getMap('scaling').has(round.value), 5000, 'round on the server');
  const parent = meeting.people.get('parent')!;
  expect((await parent.browser.post(`/api/conferences/${meeting.conferenceId}/intents`, { id: intentId(), type: 'submit_score', roundId: round.value, score: 5, reason: 'r' })).status).toBe(200);
  // A device waiting in the lobby.
  expect((await new Browser(server.url).post('/api/join', { token: parent.token })).status).toBe(202);
}

beforeAll(async () => {
  server = await startTestServer({ RETENTION_DAYS: '0.00002', SWEEP_INTERVAL_MS: '100', COMPACT_EVERY: '5' });
  db = (server.store as SqliteStore).db;
  doomed = await setUpMeeting(server, ['parent', 'police']);
  kept = await setUpMeeting(server, ['parent']);
  await fill(doomed);
  await fill(kept);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('RT — retention', () => {
  it('RT1: an open conference is never due, however old', async () => {
    const farFuture = new Date(Date.now() + 100 * 365 * 24 * 3600_000).toISOString();
    expect(await server.store.conferencesFinalisedBefore(farFuture)).not.toContain(kept.conferenceId);
  });

  it('RT2: a finalised conference is deleted for good after the retention period: every table, both documents, and the room in memory', async () => {
    const before = rowsOf(doomed.conferenceId);
    for (const [table, n] of Object.entries(before)) expect(n, `${table} has rows before`).toBeGreaterThan(0);
    const closedAt = Date.now();
    expect((await doomed.chair.post(`/api/conferences/${doomed.conferenceId}/close`)).status).toBe(200);
    expect(db.prepare('SELECT finalised_at FROM conferences WHERE id = ?').get(doomed.conferenceId)).toMatchObject({ finalised_at: expect.stringMatching(/^\d{4}-/) });

    // The chair opens the finalised record again (read-only) just before the deadline: the loaded room must not survive the deletion.
    const reader = new RawSocket(server.url, doomed.conferenceId, doomed.chair.cookie);
    expect(await reader.opened).toBeNull();
    expect(server.registry.isLoaded(doomed.conferenceId)).toBe(true);

    await eventually(() => rowsOf(doomed.conferenceId).conferences === 0, 10_000, 'the sweep deletes the conference');
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(RETENTION_MS - 50);
    expect(rowsOf(doomed.conferenceId)).toEqual({ conferences: 0, attendees: 0, sessions: 0, lobby: 0, intents: 0, scores: 0, doc_updates: 0, doc_snapshots: 0 });
    expect(await reader.closed).toBe(4409);
    expect(server.registry.isLoaded(doomed.conferenceId)).toBe(false);
    expect(server.registry.isLoaded(`${doomed.conferenceId}/professional`)).toBe(false);

    // Nothing is written back once the idle rooms would have unloaded.
    await new Promise((r) => setTimeout(r, 400));
    const late = rowsOf(doomed.conferenceId);
    expect((late.doc_snapshots ?? 0) + (late.doc_updates ?? 0)).toBe(0);

    // Gone for staff too, and nothing is allocated for it.
    expect((await doomed.chair.get(`/api/conferences/${doomed.conferenceId}`)).status).toBe(404);
    expect(await new RawSocket(server.url, doomed.conferenceId, doomed.chair.cookie).opened).toBe(404);
    expect(server.registry.isLoaded(doomed.conferenceId)).toBe(false);
  });

  it('RT3: the deletion is audited, with the conference id and no content', async () => {
    const rows = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'retention_delete');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'system', role: 'system', conferenceId: doomed.conferenceId, detail: '' });
    // Earlier audit entries about it remain: the log is never rewritten.
    expect((await server.store.listAudit({ limit: 100_000 })).some((r) => r.conferenceId === doomed.conferenceId && r.action === 'conference_closed')).toBe(true);
  });

  it('RT1: the other conference, its documents and the staff sessions are untouched', async () => {
    const after = rowsOf(kept.conferenceId);
    for (const [table, n] of Object.entries(after)) expect(n, table).toBeGreaterThan(0);
    expect((await kept.chair.get('/api/conferences')).status).toBe(200);
    const reader = connect(server.url, kept.conferenceId, kept.people.get('parent')!.browser.cookie);
    clients.push(reader);
    await whenSynced(reader);
    await eventually(() => project(reader.doc, null).items.length === 4, 5000, 'shared items of the kept conference');
  });
});
