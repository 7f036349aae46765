import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { failingWrites } from './support/failingStore.ts';
import { Browser, intentId, setUpMeeting, type Meeting } from './security/harness.ts';
import { project } from '../shared/schema/project.ts';
import { addItem } from '../shared/commands/items.ts';

/** SF — when the store cannot write (a full disk, a read-only database), nothing acknowledged is lost and the room stays calm. */

const dir = mkdtempSync(join(tmpdir(), 'cr-storefail-'));
let server: TestServer;
let m: Meeting;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer({}, dir);
  m = await setUpMeeting(server, ['parent']);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Stop and start again on the same data (a new port). */
async function restart(): Promise<void> {
  await server.stop();
  server = await startTestServer({}, dir);
}

/** The parent's device, addressed to the server now running (cookies kept). */
function parentDevice(): Browser {
  const b = new Browser(server.url);
  for (const [k, v] of m.people.get('parent')!.browser.jar) b.jar.set(k, v);
  return b;
}

function open(room: string, cookie: string | null): SyncClient {
  const c = connect(server.url, room, cookie);
  clients.push(c);
  return c;
}

const item = (text: string) => ({ section: 'strengths', text, source: { name: 'Gwen', agency: 'Chair' }, restricted: false, addedBy: 'c' });

describe('SF2 — a failing store degrades calmly', () => {
  it('keeps every socket open, tells only writers, holds the edit unrelayed, and carries on when the store is back', async () => {
    const writer = open(m.conferenceId, m.chair.cookie);
    const watcher = open(m.conferenceId, m.notetaker.cookie);
    const reader = open(m.conferenceId, m.people.get('parent')!.browser.cookie);
    await Promise.all([writer, watcher, reader].map((c) => whenSynced(c)));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    const disk = failingWrites(server.store);
    disk.failing = true;
    addItem({ shared: writer.doc, professional: null }, item('Written while the disk was full'));
    await eventually(() => writer.storage.includes(0), 5000, 'the writer is told edits are not saved');
    expect(watcher.storage).toEqual([0]);
    expect(reader.storage).toEqual([]);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect((await health.json()).error.code).toBe('storage_unavailable');

    // Three seconds of a failing store: retried with backoff, and not one socket closed.
    const failuresAt1s = await new Promise<number>((r) => setTimeout(() => r(disk.failures), 1000));
    await new Promise((r) => setTimeout(r, 2000));
    expect(disk.failures - failuresAt1s).toBeLessThanOrEqual(6);
    for (const c of [writer, watcher, reader]) expect(c.closes).toEqual([]);
    for (const c of [watcher, reader]) expect(project(c.doc, null).items).toHaveLength(0);

    disk.failing = false;
    disk.restore();
    await eventually(() => project(reader.doc, null).items.length === 1, 15_000, 'the edit reaches the reader after recovery');
    await eventually(() => project(watcher.doc, null).items.length === 1, 5000, 'and the other writer');
    expect(writer.storage).toEqual([0, 1]);
    for (const c of [writer, watcher, reader]) expect(c.closes).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const fresh = open(m.conferenceId, m.chair.cookie);
    await whenSynced(fresh);
    expect(project(fresh.doc, null).items.map((i) => i.text)).toEqual(['Written while the disk was full']);
  }, 30_000);
});

describe('SF1 — an acknowledged intent is always stored', () => {
  it('answers 503 with no stored answer while the store fails; a resend applies it once, and it survives a restart', async () => {
    const id = intentId();
    const send = () => parentDevice().post(`/api/conferences/${m.conferenceId}/intents`, { id, type: 'propose_item', section: 'strengths', text: 'Proposed on a full disk' });
    const disk = failingWrites(server.store);
    disk.failing = true;
    const first = await send();
    expect(first.status).toBe(503);
    expect(first.body.error.code).toBe('storage_unavailable');
    expect(await server.store.intentAnswer(m.conferenceId, `${m.people.get('parent')!.attendeeId}:${id}`)).toBeNull();
    expect((await send()).status).toBe(503);

    // The server restarts while the disk is still full: what it held in memory is gone.
    await restart();
    const again = await send();
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ ok: true, id });
    expect((await send()).body).toEqual(again.body);

    await restart();
    const room = await server.registry.get(`${m.conferenceId}/professional`);
    const proposals = Object.values(room.doc.getMap('proposals').toJSON()) as { text: string }[];
    expect(proposals.filter((p) => p.text === 'Proposed on a full disk')).toHaveLength(1);
  }, 30_000);

  it('a resend after the store comes back (without a restart) gets 200 and the proposal once', async () => {
    const id = intentId();
    const send = () => parentDevice().post(`/api/conferences/${m.conferenceId}/intents`, { id, type: 'propose_item', section: 'strengths', text: 'Held, then stored' });
    const disk = failingWrites(server.store);
    disk.failing = true;
    expect((await send()).status).toBe(503);
    disk.failing = false;
    disk.restore();
    const ok = await send();
    expect(ok.status).toBe(200);
    const room = await server.registry.get(`${m.conferenceId}/professional`);
    const proposals = Object.values(room.doc.getMap('proposals').toJSON()) as { text: string }[];
    expect(proposals.filter((p) => p.text === 'Held, then stored')).toHaveLength(1);
  }, 30_000);
});
