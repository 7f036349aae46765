/**
 * Seeded randomized convergence: writers and read-only devices, random edits, deliveries in random
 * order across sockets, commits at random moments, dropped sockets (frames in flight lost) and
 * reconnects. At the end every device, the server and a reload from the store hold the same
 * document, and no frame ever left the server before the store held it.
 *
 * A failing seed is kept below as a named test, so it is replayed on every run.
 * CONVERGENCE_SEEDS=500 runs more seeds.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncHarness, type HarnessClient } from '../support/syncHarness.ts';
import { addItem, deleteItem, editItem, moveItem } from '../../shared/commands/items.ts';
import { docs } from '../../shared/schema/docLayout.ts';
import { STEP_IDS } from '../../shared/rules/agenda.ts';
import type { Role } from '../../shared/schema/roles.ts';

/** mulberry32: a small seeded generator, so a seed replays the same run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES: Role[] = ['chair', 'notetaker', 'parent', 'social_worker', 'police', 'child'];
const SECTIONS = ['strengths', 'grey_areas', 'future_danger'] as const;
const source = { name: 'Fuzz', agency: 'Test' };

export async function runSeed(seed: number, steps = 300): Promise<void> {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const h = await SyncHarness.create({ compactEvery: 25 + Math.floor(random() * 50) });
  try {
    const clients = ROLES.map((r) => h.client(r));
    for (const c of clients) await h.connect(c);
    let n = 0;
    const edit = (c: HarnessClient) => {
      const d = { shared: c.doc, professional: null };
      const ids = [...docs.items(c.doc).keys()];
      const roll = random();
      if (roll < 0.35 || ids.length === 0) addItem(d, { section: pick(SECTIONS), text: `item ${seed}-${n++}`, source, restricted: false, addedBy: 'fuzz' }, undefined, `s${seed}i${n}`);
      else if (roll < 0.7) editItem(d, pick(ids), { text: `edit ${n++}` });
      else if (roll < 0.85) moveItem(d, pick(ids), null, null);
      else deleteItem(d, pick(ids));
    };
    for (let step = 0; step < steps; step++) {
      const roll = random();
      const writers = clients.filter((c) => !c.readOnly);
      if (roll < 0.3) {
        edit(pick(writers)); // offline writers edit too: their provider sends the difference on reconnect
      } else if (roll < 0.75) {
        const p = h.pending();
        if (p.length) {
          const { link, to } = pick(p);
          if (to === 'server') link.deliverToServer();
          else link.deliverToClient();
        }
      } else if (roll < 0.85) {
        await h.commit();
      } else if (roll < 0.9) {
        const c = pick(clients.filter((x) => x.connected));
        c?.disconnect();
      } else if (roll < 0.95) {
        const c = clients.filter((x) => !x.connected);
        if (c.length) await h.connect(pick(c));
      } else {
        const c = pick(clients);
        c.awareness.setLocalState({ step: pick(STEP_IDS), live: random() < 0.5 });
      }
    }
    for (const c of clients) if (!c.connected) await h.connect(c);
    await h.settle();
    const room = await h.room();
    const stored = await h.reloadFromStore();
    expect(h.unstoredRelays, `seed ${seed}: relayed before stored`).toEqual([]);
    expect(h.violations, `seed ${seed}: violations`).toEqual([]);
    for (const c of clients) {
      expect(Y.equalSnapshots(Y.snapshot(c.doc), Y.snapshot(room.doc)), `seed ${seed}: ${c.name} differs from the server`).toBe(true);
      expect(c.closes.filter((code) => code >= 4000), `seed ${seed}: ${c.name} was closed`).toEqual([]);
    }
    expect(Y.equalSnapshots(Y.snapshot(stored), Y.snapshot(room.doc)), `seed ${seed}: store differs from the server`).toBe(true);
    // Presence: the room holds exactly the devices that have a state, reconnected ones included at once.
    const live = [...room.presence.awareness.getStates().keys()].sort();
    expect(live, `seed ${seed}: the room's presence`).toEqual(clients.filter((c) => c.awareness.getLocalState() !== null).map((c) => c.doc.clientID).sort());
    // A y-websocket client that reconnects ignores states whose clock it saw before it dropped them,
    // until their owners renew (every 15 s). After one renewal every device sees everyone.
    for (const c of clients) if (c.awareness.getLocalState() !== null) c.awareness.setLocalState(c.awareness.getLocalState());
    await h.settle();
    for (const c of clients) expect([...c.awareness.getStates().keys()].sort(), `seed ${seed}: ${c.name} presence`).toEqual(live);
  } finally {
    await h.close();
  }
}

// Seeds that once failed, by name, replayed on every run.
const PINNED: { name: string; seed: number }[] = [
  // A joiner's sync step 1 and a writer's update arrived in one turn: the step 2, sent after the commit
  // it had waited for, already held the newer, unstored update. The answer now waits until nothing is pending.
  { name: 'sync step 2 answered with an update applied after the awaited commit', seed: 1 },
  // A device that reconnected sent its presence at the clock the room had already seen when it left,
  // so the room ignored it until the device's 15 s renewal. The room now moves it one clock ahead.
  { name: 'presence of a reconnected device ignored until its renewal', seed: 2 },
  // Another device's removal, echoed, bound the departed device's id to the echoing socket: the
  // device's presence was refused when it came back. Ids now stay with the session that claimed them.
  { name: 'an echoed removal squatted a departed device’s presence id', seed: 5 },
  // A writer's edit reached the server before its reconnect sync (a gap): pending, unstored, yet
  // sent to a joining reader in its step 2, whose next step 2 carried it back and was closed 4403.
  { name: 'pending structs sent in a sync step 2 and a reader closed as a writer', seed: 22 },
];

describe('seeded randomized convergence', () => {
  for (const p of PINNED) it(`pinned: ${p.name} (seed ${p.seed})`, () => runSeed(p.seed));

  const count = Number(process.env.CONVERGENCE_SEEDS ?? 25);
  it(`converges for ${count} random seeds`, async () => {
    for (let seed = 1; seed <= count; seed++) await runSeed(seed);
  }, 60_000 + count * 3000);
});
