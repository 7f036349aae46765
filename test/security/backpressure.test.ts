import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import { setUpMeeting, type Meeting } from './harness.ts';
import { RawSocket, frames } from './wire.ts';

/** BP — a socket that does not read is dropped; healthy readers keep their latency. */

const QUEUE_BYTES = 512 * 1024;
let server: TestServer;
let m: Meeting;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ SOCKET_QUEUE_MAX_BYTES: String(QUEUE_BYTES), SOCKET_QUEUE_MAX_SECONDS: '5' });
  m = await setUpMeeting(server, ['parent', 'police']);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

/** A raw socket that joins, syncs, then stops reading: its kernel buffers fill and the server's queue for it grows. */
async function stalledReader(cookie: string | null): Promise<RawSocket> {
  const s = new RawSocket(server.url, m.conferenceId, cookie);
  expect(await s.opened).toBeNull();
  await eventually(() => s.frames.length > 0, 5000, 'first frames');
  // Stop reading for good: ws resumes its socket when its own receiver drains, so that is switched off too.
  const socket = (s.ws as unknown as { _socket: { pause(): void; resume(): unknown } })._socket;
  socket.resume = () => socket;
  socket.pause();
  return s;
}

const open = (cookie: string | null): SyncClient => {
  const c = connect(server.url, m.conferenceId, cookie);
  clients.push(c);
  return c;
};

describe('BP1 — what is queued for one socket is capped', () => {
  it('a socket that stops reading is cut off once its backlog passes the cap, and a healthy reader keeps its latency', async () => {
    const chair = open(m.chair.cookie);
    const reader = open(m.people.get('police')!.browser.cookie);
    await Promise.all([whenSynced(chair), whenSynced(reader)]);
    const stalled = await stalledReader(m.people.get('parent')!.browser.cookie);
    const cut = () => server.sync.presence(m.conferenceId).find((p) => p.role === 'parent') === undefined;

    // About 24 MB of edits, far more than the kernel buffers of a loopback socket hold. Large values
    // in a map of their own, so the board's text limits do not apply.
    const latencies: number[] = [];
    const big = 'x'.repeat(400 * 1024);
    const bulk = (c: SyncClient) => c.doc.getMap<string>('bulk');
    for (let i = 0; i < 60 && !cut(); i++) {
      const sent = Date.now();
      bulk(chair).set(`k${i}`, `${i}${big}`);
      await eventually(() => bulk(reader).size === i + 1, 10_000, `reader gets edit ${i}`);
      latencies.push(Date.now() - sent);
    }
    await eventually(cut, 10_000, 'the stalled socket is cut off');
    // The server let go of it (a client that reads nothing never even sees the close).
    expect(server.sync.presence(m.conferenceId).map((p) => p.role).sort()).toEqual(['chair', 'police']);
    stalled.close();
    // The healthy reader kept up: every edit arrived, none took long.
    expect(Math.max(...latencies)).toBeLessThan(3000);
    expect(reader.closes).toEqual([]);
    expect(chair.closes).toEqual([]);
  }, 60_000);
});

describe('BP2 — liveness counts only answered pings', () => {
  it('a socket that sends presence but does not read (so never answers a ping) is cut at the next heartbeat; a healthy one is not', async () => {
    const healthy = open(m.chair.cookie);
    await whenSynced(healthy);
    const stalled = await stalledReader(m.people.get('police')!.browser.cookie);
    const keepTalking = setInterval(() => stalled.send(frames.awareness([{ clientId: 424242, clock: Date.now() % 100000, state: { step: 'welcome' } }])), 100);
    try {
      await new Promise((r) => setTimeout(r, 50)); // so the stalled socket's connection time is before t0
      const t0 = Date.now();
      server.sync.heartbeat(t0 - 60_000); // pings everyone
      await new Promise((r) => setTimeout(r, 500));
      const cut = server.sync.heartbeat(t0);
      expect(cut).toBeGreaterThanOrEqual(1);
      expect([1006, 1011]).toContain(await stalled.closed);
      await new Promise((r) => setTimeout(r, 200));
      expect(healthy.closes).toEqual([]);
      expect(server.sync.presence(m.conferenceId).some((p) => p.role === 'chair')).toBe(true);
    } finally {
      clearInterval(keepTalking);
    }
  });
});
