import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import { addItem, deleteItem } from '../../shared/commands/items.ts';
import { docs } from '../../shared/schema/docLayout.ts';
import { project } from '../../shared/schema/project.ts';
import { setUpMeeting, type Meeting } from './harness.ts';
import { RawSocket, fingerprint, frames, prng } from './wire.ts';

/**
 * HF1 — Malformed, truncated, random and mutated-valid frames from a participant's socket never
 * crash or hang the server, never change the document, and close the socket. Seeded: a failure
 * prints its seed and frame number, and the same run can be replayed.
 */

const SEED = 0x7f3a_2025;
const FRAMES = 2500;

let server: TestServer;
let m: Meeting;
let chair: SyncClient;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  m = await setUpMeeting(server, ['parent']);
  cookie = m.people.get('parent')!.browser.cookie!;
  chair = connect(server.url, m.conferenceId, m.chair.cookie);
  await whenSynced(chair);
  const d = { shared: chair.doc, professional: null };
  const source = { name: 'Sam Pryce', agency: 'Children’s Services' };
  for (let i = 0; i < 6; i++) addItem(d, { section: 'strengths', text: `Strength ${i}`, source, restricted: false, addedBy: 'chair' });
  // Some deleted content, so "delete what is already deleted" frames have something to point at.
  const gone = addItem(d, { section: 'grey_areas', text: 'to be deleted', source, restricted: false, addedBy: 'chair' });
  if (gone.ok) deleteItem(d, gone.value);
  const room = await server.registry.get(m.conferenceId);
  await eventually(() => fingerprint(room.doc) === fingerprint(chair.doc), 5000, 'server has the chair’s state');
});

afterAll(async () => {
  chair.destroy();
  await server.stop();
});

/** Valid frames a client could send, as seeds for mutation. */
function corpus(): Uint8Array[] {
  const forged = new Y.Doc();
  addItem({ shared: forged, professional: null }, { section: 'strengths', text: 'forged', source: { name: 'a', agency: 'b' }, restricted: false, addedBy: 'x' });
  const mirror = new Y.Doc();
  Y.applyUpdate(mirror, Y.encodeStateAsUpdate(chair.doc));
  return [
    frames.syncStep1(),
    frames.syncStep1(chair.doc),
    frames.update(Y.encodeStateAsUpdate(forged)),
    frames.update(Y.encodeStateAsUpdate(mirror), 1),
    frames.update(Y.encodeStateAsUpdate(mirror, Y.encodeStateVector(chair.doc)), 1),
    frames.awareness([{ clientId: 424242, clock: 1, state: { user: { name: 'x' }, step: 'welcome' } }]),
    frames.awareness([{ clientId: 424242, clock: 2, state: null }]),
    frames.queryAwareness(),
  ];
}

function mutate(rand: () => number, seeds: Uint8Array[]): Uint8Array | string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (n: number) => Math.floor(rand() * n);
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const base = Uint8Array.from(pick(seeds));
  switch (int(10)) {
    case 0: return randomBytes(int(64));
    case 1: return randomBytes(int(4096));
    case 2: { // flip a few bytes
      for (let k = 0, n = 1 + int(4); k < n && base.length; k++) base[int(base.length)] = int(256);
      return base;
    }
    case 3: return base.slice(0, int(base.length)); // truncate
    case 4: { // insert random bytes
      const at = int(base.length + 1);
      return Uint8Array.from([...base.slice(0, at), ...randomBytes(1 + int(16)), ...base.slice(at)]);
    }
    case 5: { // an over-long or huge varint where a length should be
      const at = Math.min(base.length, 1 + int(3));
      return Uint8Array.from([...base.slice(0, at), ...Array.from({ length: 1 + int(10) }, () => 0xff), int(128), ...base.slice(at)]);
    }
    case 6: return Uint8Array.from([int(8), ...base.slice(1)]); // another message type
    case 7: return Uint8Array.from([...base, ...pick(seeds)]); // two frames glued
    case 8: return rand() < 0.5 ? 'not binary at all' : new Uint8Array(0);
    default: return base; // the valid frame itself
  }
}

describe('HF — hostile frames', () => {
  it(`HF1: ${FRAMES} random and mutated-valid frames (seed ${SEED.toString(16)}) leave the server up and the document untouched`, async () => {
    const room = await server.registry.get(m.conferenceId);
    const before = fingerprint(room.doc);
    const logBefore = (await server.store.loadDoc(m.conferenceId)).updates.length;
    const rand = prng(SEED);
    const seeds = corpus();
    const outcomes = new Map<string, number>();
    let ws: RawSocket | null = null;
    const started = performance.now();
    for (let i = 0; i < FRAMES; i++) {
      if (!ws || !ws.isOpen) {
        ws = new RawSocket(server.url, m.conferenceId, cookie);
        const refused = await ws.opened;
        if (refused !== null) throw new Error(`frame ${i} (seed ${SEED}): reconnect refused with ${refused}`);
      }
      const frame = mutate(rand, seeds);
      ws.send(frame);
      const outcome = await ws.roundTrip();
      const key = outcome === 'pong' ? 'kept open' : `closed ${await ws.closed}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    ws?.close();
    const elapsed = performance.now() - started;
    console.info(`fuzz: ${FRAMES} frames in ${elapsed.toFixed(0)} ms —`, Object.fromEntries(outcomes));

    // Every close was one of ours, never a crash (1006) or a server error (1011).
    for (const key of outcomes.keys()) expect(['kept open', 'closed 4400', 'closed 4403']).toContain(key);
    expect(outcomes.get('closed 4400') ?? 0).toBeGreaterThan(FRAMES / 4);
    expect(fingerprint(room.doc)).toBe(before);
    expect((await server.store.loadDoc(m.conferenceId)).updates.length).toBe(logBefore);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // And the meeting carries on: the chair writes, a fresh participant sees it.
    addItem({ shared: chair.doc, professional: null }, { section: 'strengths', text: 'after the storm', source: { name: 'a', agency: 'b' }, restricted: false, addedBy: 'chair' });
    const reader = connect(server.url, m.conferenceId, cookie);
    await whenSynced(reader);
    await eventually(() => project(reader.doc, null).items.some((i) => i.text === 'after the storm'), 5000, 'reader sees the chair’s new item');
    reader.destroy();
  });

  it('HF2: a delete range of length 2^50 is refused at once, not walked clock by clock', async () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0); // no structs
    encoding.writeVarUint(e, 1); // one client in the delete set
    encoding.writeVarUint(e, chair.doc.clientID);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2 ** 50);
    const ws = new RawSocket(server.url, m.conferenceId, cookie);
    await ws.opened;
    const started = performance.now();
    ws.send(frames.update(encoding.toUint8Array(e)));
    expect(await ws.closed).toBe(4403);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('HF2: 200,000 delete ranges over already-deleted content are checked quickly and change nothing', async () => {
    const room = await server.registry.get(m.conferenceId);
    const deleted = Y.createDeleteSetFromStructStore(room.doc.store);
    const [client, ranges] = [...deleted.clients].find(([, r]) => r.length > 0)!;
    const r = ranges[0]!;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, 200_000);
    for (let k = 0; k < 200_000; k++) {
      encoding.writeVarUint(e, r.clock);
      encoding.writeVarUint(e, r.len);
    }
    const before = fingerprint(room.doc);
    const ws = new RawSocket(server.url, m.conferenceId, cookie);
    await ws.opened;
    const started = performance.now();
    ws.send(frames.update(encoding.toUint8Array(e), 1));
    expect(await ws.roundTrip()).toBe('pong');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(fingerprint(room.doc)).toBe(before);
    ws.close();
    expect(docs.items(room.doc).size).toBeGreaterThan(0);
  });
});
