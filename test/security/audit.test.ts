import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect, eventually, whenSynced } from '../support/sync.ts';
import type { SqliteStore } from '../../server/store/sqlite.ts';
import { csvCell } from '../../server/http/csv.ts';
import { openRound } from '../../shared/commands/scaling.ts';
import { DEFAULT_SCALE } from '../../shared/rules/scaling.ts';
import { addItem } from '../../shared/commands/items.ts';
import { Browser, intentId, setUpMeeting, type Meeting } from './harness.ts';
import { RawSocket, frames } from './wire.ts';

/** AU — the audit log: what it records, that it holds no case content, and that tampering shows. */

let server: TestServer;
let m: Meeting;

beforeAll(async () => {
  server = await startTestServer();
  m = await setUpMeeting(server, ['parent', 'police', 'child']);
});

afterAll(async () => {
  await server.stop();
});

describe('AU — the audit log', () => {
  it('AU3: records every action the server sees, with actor, role, conference and UTC time — and no case content', async () => {
    const { chair, conferenceId: conf } = m;
    const parent = m.people.get('parent')!;
    const police = m.people.get('police')!;
    // Sign-in outcomes.
    await new Browser(server.url).post('/api/session', { email: 'nobody@example.org', password: 'wrong wrong wrong' });
    await new Browser(server.url).post('/api/join', { token: 'A'.repeat(43) });
    // Lobby: one admitted, one refused.
    const first = (await new Browser(server.url).post('/api/join', { token: parent.token })).body.lobbyId;
    const second = (await new Browser(server.url).post('/api/join', { token: parent.token })).body.lobbyId;
    await chair.post(`/api/conferences/${conf}/lobby/${first}/admit`);
    await chair.post(`/api/conferences/${conf}/lobby/${second}/refuse`);
    // Invites and attendees.
    await chair.patch(`/api/conferences/${conf}/attendees/${police.attendeeId}`, { agency: 'Afonwen Police' });
    const extra = await chair.post(`/api/conferences/${conf}/invites`, { name: 'Extra Person', role: 'health', agency: '', attendance: 'present' });
    await chair.post(`/api/conferences/${conf}/invites/${extra.body.id}/reissue`);
    await chair.delete(`/api/conferences/${conf}/invites/${extra.body.id}`);
    // Denied actions: an HTTP route, an intent, a write over a read-only socket, garbage, a flood.
    await parent.browser.post(`/api/conferences/${conf}/close`);
    const writer = connect(server.url, conf, chair.cookie);
    await whenSynced(writer);
    const round = openRound(writer.doc, DEFAULT_SCALE);
    if (!round.ok) throw new Error('round');
    addItem({ shared: writer.doc, professional: null }, { section: 'strengths', text: 'Nan CANARY-AUDIT helps', source: { name: 'Sam', agency: 'CS' }, restricted: false, addedBy: 'chair' });
    await eventually(async () => (await server.registry.get(conf)).doc.getMap('scaling').has(round.value), 5000, 'round open');
    await parent.browser.post(`/api/conferences/${conf}/intents`, { id: intentId(), type: 'reveal_scores', roundId: round.value });
    const forged = new Y.Doc();
    forged.getMap('items').set('x', new Y.Map());
    const ro = new RawSocket(server.url, conf, parent.browser.cookie);
    await ro.opened;
    ro.send(frames.update(Y.encodeStateAsUpdate(forged)));
    await ro.closed;
    const junk = new RawSocket(server.url, conf, parent.browser.cookie);
    await junk.opened;
    junk.send(new Uint8Array([7, 7, 7]));
    await junk.closed;
    const flood = new RawSocket(server.url, conf, m.people.get('child')!.browser.cookie);
    await flood.opened;
    for (let i = 0; i < 500 && flood.isOpen; i++) flood.send(frames.update(new Uint8Array([0, 0]), 1));
    await flood.closed;
    // Intents, a reveal, a removal, finalisation, sign-out.
    await parent.browser.post(`/api/conferences/${conf}/intents`, { id: intentId(), type: 'submit_score', roundId: round.value, score: 6, reason: 'CANARY-AUDIT reason' });
    await chair.post(`/api/conferences/${conf}/intents`, { id: intentId(), type: 'reveal_scores', roundId: round.value });
    await chair.post(`/api/conferences/${conf}/attendees/${police.attendeeId}/remove`);
    await chair.post(`/api/conferences/${conf}/close`);
    writer.destroy();
    await m.notetaker.delete('/api/session');
    await m.admin.get('/api/audit');
    await m.admin.get('/api/audit.csv');

    const rows = await server.store.listAudit({ limit: 100_000 });
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['login', 'login_failed', 'logout', 'join', 'join_failed', 'lobby_waiting', 'lobby_admitted', 'lobby_refused',
      'invite_created', 'invite_reissued', 'invite_revoked', 'attendee_updated', 'attendee_removed', 'conference_created', 'conference_closed',
      'denied', 'write_attempt', 'malformed_message', 'rate_limited', 'intent', 'scores_revealed', 'audit_viewed', 'audit_exported']) {
      expect(actions, a).toContain(a);
    }
    for (const r of rows) {
      expect(r.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(r.role.length).toBeGreaterThan(0);
    }
    const denied = rows.find((r) => r.action === 'denied' && r.detail.includes('/close'))!;
    expect(denied).toMatchObject({ actor: parent.attendeeId, role: 'parent', conferenceId: conf, detail: 'POST /api/conferences/:id/close' });
    expect(rows.find((r) => r.action === 'denied' && r.detail.includes('reveal_scores'))).toBeDefined();
    // No case content: no names, item text, score reasons, child names or venue.
    const text = JSON.stringify(rows);
    for (const s of ['CANARY-AUDIT', 'Person parent', 'Extra Person', 'Poppy', 'Afonwen', 'Brightwater']) expect(text).not.toContain(s);
  });

  it('AU4: the administrator pages through it as JSON, with the chain verified', async () => {
    const page1 = await m.admin.get('/api/audit?limit=5');
    expect(page1.status).toBe(200);
    expect(page1.body.entries).toHaveLength(5);
    expect(page1.body.entries[0].seq).toBe(1);
    expect(page1.body.nextAfterSeq).toBe(5);
    expect(page1.body.chain).toMatchObject({ ok: true, brokenAt: null });
    expect(page1.body.chain.head.hash).toMatch(/^[0-9a-f]{64}$/);
    const page2 = await m.admin.get(`/api/audit?afterSeq=${page1.body.nextAfterSeq}&limit=5`);
    expect(page2.body.entries[0].seq).toBe(6);
    expect((await m.admin.get('/api/audit?limit=0')).status).toBe(400);
    expect((await m.admin.get('/api/audit?afterSeq=abc')).status).toBe(400);
  });

  it('AU4: exports CSV with every cell quoted and spreadsheet formulas neutralised', async () => {
    await server.audit.record({ actor: '=HYPERLINK("http://evil.example","click")', role: '+chair', action: 'denied', detail: '@SUM(1,2) "quoted"\n-2' });
    await server.audit.record({ actor: '\t=1+1', role: '-x', action: 'denied', detail: '\r=cmd' });
    const r = await m.admin.get('/api/audit.csv');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.text.split('\r\n')[0]).toBe('"seq","at","actor","role","conferenceId","action","detail","prevHash","hash"');
    expect(r.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")","'+chair"`);
    expect(r.text).toContain(`"'@SUM(1,2) ""quoted""\n-2"`);
    expect(r.text).toContain(`"'\t=1+1","'-x"`);
    expect(r.text).toContain(`"'\r=cmd"`);
    // No cell opens with a formula character outside quotes, and no unquoted cell at all.
    for (const cell of ['=', '+', '-', '@']) expect(r.text).not.toContain(`,"${cell}`);
    expect(csvCell(null)).toBe('""');
    expect(csvCell(-3)).toBe(`"'-3"`);
  });

  it('AU1: the log is append-only in the database', () => {
    const db = (server.store as SqliteStore).db;
    expect(() => db.prepare("UPDATE audit SET detail = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit WHERE seq = 1').run()).toThrow(/append-only/);
  });

  it('AU2: tampering with an entry (after dropping the guard) shows in the chain check and the export', async () => {
    const db = (server.store as SqliteStore).db;
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit SET actor = 'someone-else' WHERE seq = 3").run();
    const r = await m.admin.get('/api/audit?limit=1');
    expect(r.body.chain).toMatchObject({ ok: false, brokenAt: 3 });
    const csv = await m.admin.get('/api/audit.csv');
    expect(csv.headers.get('x-audit-chain')).toBe('broken-at-3');
  });
});
