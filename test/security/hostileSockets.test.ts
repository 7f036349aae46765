import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import { addItem } from '../../shared/commands/items.ts';
import { project } from '../../shared/schema/project.ts';
import { MAX_MESSAGE_BYTES, MAX_SOCKETS_PER_SESSION } from '../../server/sync/upgrade.ts';
import { setUpMeeting, type Meeting } from './harness.ts';
import { RawSocket, frames } from './wire.ts';

/** HF — floods, oversized frames, too many sockets and presence spoofing, against a real server. */

let server: TestServer;
let m: Meeting;
let chair: SyncClient;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  m = await setUpMeeting(server, ['parent', 'child', 'supporter', 'health']);
  chair = connect(server.url, m.conferenceId, m.chair.cookie);
  clients.push(chair);
  chair.provider.awareness.setLocalStateField('step', 'welcome');
  await whenSynced(chair);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

const cookieOf = (role: 'parent' | 'child' | 'supporter' | 'health') => m.people.get(role)!.browser.cookie;
const auditActions = async () => (await server.store.listAudit({ limit: 100_000 })).map((r) => r.action);

async function chairStillWrites(text: string): Promise<void> {
  addItem({ shared: chair.doc, professional: null }, { section: 'strengths', text, source: { name: 'a', agency: 'b' }, restricted: false, addedBy: 'chair' });
  const room = await server.registry.get(m.conferenceId);
  await eventually(() => project(room.doc, null).items.some((i) => i.text === text), 5000, `server has "${text}"`);
}

describe('HF — hostile sockets', () => {
  it('HF3: a flood of frames closes the socket with 4429 (audited); the meeting carries on', async () => {
    const ws = new RawSocket(server.url, m.conferenceId, cookieOf('parent'));
    await ws.opened;
    const nothing = frames.update(new Uint8Array([0, 0]), 1); // an empty update: harmless, but a frame
    for (let i = 0; i < 1000 && ws.isOpen; i++) ws.send(nothing);
    expect(await ws.closed).toBe(4429);
    expect(await auditActions()).toContain('rate_limited');
    await chairStillWrites('after the flood');
  });

  it('HF3: a participant flooding presence is cut off, and the chair — whose client echoes every presence update — is not', async () => {
    const ws = new RawSocket(server.url, m.conferenceId, cookieOf('child'));
    await ws.opened;
    let clock = 1;
    for (let i = 0; i < 400 && ws.isOpen; i++) {
      ws.send(frames.awareness([{ clientId: 777_001, clock: clock++, state: { step: i % 2 ? 'welcome' : 'reports' } }]));
      if (i % 50 === 0) await ws.roundTrip();
    }
    expect(await ws.closed).toBe(4429);
    await new Promise((r) => setTimeout(r, 200)); // let the chair's echoes arrive
    expect(chair.closes).toEqual([]);
    expect(chair.provider.wsconnected).toBe(true);
    await chairStillWrites('after the presence flood');
  });

  it('HF3: asking for the whole document again and again is cut off (each answer could be megabytes)', async () => {
    const ws = new RawSocket(server.url, m.conferenceId, cookieOf('supporter'));
    await ws.opened;
    for (let i = 0; i < 100 && ws.isOpen; i++) ws.send(frames.syncStep1());
    expect(await ws.closed).toBe(4429);
  });

  it(`HF4: a frame over ${MAX_MESSAGE_BYTES / 1024 / 1024} MiB is refused by the WebSocket layer (1009) without harm`, async () => {
    const ws = new RawSocket(server.url, m.conferenceId, cookieOf('parent'));
    await ws.opened;
    ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect(await ws.closed).toBe(1009);
    await eventually(async () => (await auditActions()).includes('too_large'), 2000, 'too_large audited');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await chairStillWrites('after the big frame');
  });

  it('HF5: an awareness state over 2 KiB is malformed (4400)', async () => {
    const ws = new RawSocket(server.url, m.conferenceId, cookieOf('health'));
    await ws.opened;
    ws.send(frames.awareness([{ clientId: 5, clock: 1, state: { step: 'welcome', pad: 'x'.repeat(4000) } }]));
    expect(await ws.closed).toBe(4400);
  });

  it(`HF6: a session may hold ${MAX_SOCKETS_PER_SESSION} sockets; the next upgrade gets 429 and allocates nothing`, async () => {
    const open: RawSocket[] = [];
    for (let i = 0; i < MAX_SOCKETS_PER_SESSION; i++) {
      const ws = new RawSocket(server.url, m.conferenceId, cookieOf('health'));
      expect(await ws.opened).toBeNull();
      open.push(ws);
    }
    const extra = new RawSocket(server.url, m.conferenceId, cookieOf('health'));
    expect(await extra.opened).toBe(429);
    expect(extra.frames).toHaveLength(0);
    // Parallel attempts cannot slip past the cap together.
    const burst = Array.from({ length: 5 }, () => new RawSocket(server.url, m.conferenceId, cookieOf('health')));
    expect(await Promise.all(burst.map((b) => b.opened))).toEqual([429, 429, 429, 429, 429]);
    open[0]!.ws.close();
    await open[0]!.closed;
    await eventually(async () => {
      const again = new RawSocket(server.url, m.conferenceId, cookieOf('health'));
      const status = await again.opened;
      if (status === null) open.push(again);
      return status === null;
    }, 3000, 'a slot frees up');
    for (const ws of open) ws.close();
  });

  it('PM8: presence cannot be spoofed: another client’s id, another name, or removing someone else', async () => {
    const parent = connect(server.url, m.conferenceId, cookieOf('parent'));
    clients.push(parent);
    parent.provider.awareness.setLocalStateField('step', 'network');
    await whenSynced(parent);
    const victimId = parent.doc.clientID;
    const parentId = m.people.get('parent')!.attendeeId;
    const stateOfVictim = () => chair.provider.awareness.getStates().get(victimId) as { user?: { id?: string; name?: string }; step?: string } | undefined;
    await eventually(() => stateOfVictim()?.user?.id === parentId, 5000, 'chair sees the parent');

    const attacker = new RawSocket(server.url, m.conferenceId, cookieOf('child'));
    await attacker.opened;
    const chairUser = { id: 'x', name: 'Gwen Ashcombe', role: 'chair' };
    // 1. Overwrite the parent's entry with a huge clock.
    attacker.send(frames.awareness([{ clientId: victimId, clock: 1_000_000, state: { user: chairUser, step: 'decision' } }]));
    // 2. Remove the parent's entry.
    attacker.send(frames.awareness([{ clientId: victimId, clock: 1_000_001, state: null }]));
    // 3. Its own entry, claiming to be the chair.
    attacker.send(frames.awareness([{ clientId: 909_090, clock: 1, state: { user: chairUser, step: 'welcome', admin: true } }]));
    // 4. Squatting on many client ids: only a few bind.
    attacker.send(frames.awareness(Array.from({ length: 10 }, (_, k) => ({ clientId: 800_000 + k, clock: 1, state: { step: 'welcome' } }))));
    expect(await attacker.roundTrip()).toBe('pong');

    const childId = m.people.get('child')!.attendeeId;
    await eventually(() => chair.provider.awareness.getStates().has(909_090), 5000, 'chair sees the attacker’s own entry');
    expect(stateOfVictim()).toMatchObject({ user: { id: parentId, name: 'Person parent', role: 'parent' }, step: 'network' });
    expect(chair.provider.awareness.getStates().get(909_090)).toEqual({ user: { id: childId, name: 'Person child', role: 'child' }, step: 'welcome' });
    const squatted = [...chair.provider.awareness.getStates().keys()].filter((id) => id >= 800_000 && id < 800_010);
    expect(squatted.length).toBeLessThanOrEqual(3);
    attacker.close();
  });

  it('HF1: a text frame, an unknown message type and a truncated varint each close with 4400', async () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    const cases: (string | Uint8Array)[] = ['hello', new Uint8Array([9, 0, 0]), new Uint8Array([0, 0, 0xff, 0xff])];
    for (const frame of cases) {
      const ws = new RawSocket(server.url, m.conferenceId, cookieOf('supporter'));
      expect(await ws.opened).toBeNull();
      ws.send(frame);
      expect(await ws.closed).toBe(4400);
    }
  });
});
