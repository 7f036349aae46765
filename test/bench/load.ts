/**
 * The load generator: real y-websocket clients (the browser's provider, in Node) in a process of
 * their own, driven by the orchestrator over IPC. Every latency is measured on this process's one
 * clock: from just before the writer's transaction to the moment the last reader's document has it.
 * The fan-out runs several of these (run.ts, BENCH_LOAD_PROCS), each with whole rooms: a room's
 * writer and readers are always in one process.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { connect as connectClient, whenSynced, type SyncClient } from '../support/sync.ts';
import { intentFrame } from '../../shared/schema/intentFrames.ts';
import { addItem, editItem } from '../../shared/commands/items.ts';
import { addAction } from '../../shared/commands/plan.ts';
import { addFamily } from './genogram.ts';
import { closeRound, markScored, openRound, publishScores } from '../../shared/commands/scaling.ts';
import { docs, F } from '../../shared/schema/docLayout.ts';
import { STEP_IDS } from '../../shared/rules/agenda.ts';
import type { FanoutResult, LoadCommand, LoadRoom } from './protocol.ts';

const source = { name: 'Bench', agency: 'Bench' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();
/** This process's main thread (the event loop): ms running and ms runnable but waiting for a core, so far. */
const loopSched = () => {
  const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
  return { run: run! / 1e6, wait: wait! / 1e6 };
};

/**
 * y-websocket (3.1.0, src/y-websocket.js) adds one process 'exit' listener per WebsocketProvider in
 * Node, to clear its presence when the process exits, and removes it in destroy(). That is one per
 * open client by design, not a leak; test/support/sync.ts allows 200 for the tests, and this
 * process holds up to two fan-out sets of 1000 (200 rooms × 5) at once. Allow one per client open
 * here, plus a little: a listener a destroyed client leaves behind still warns.
 */
let open = 0;
function connect(url: string, room: string, cookie: string | null): SyncClient {
  open++;
  process.setMaxListeners(Math.max(200, open + 20));
  const c = connectClient(url, room, cookie);
  const destroy = c.destroy;
  c.destroy = () => { open--; destroy(); };
  return c;
}

interface Edit { clock: number; t0: number; remaining: number }
interface Check { t0: number; done: Set<SyncClient>; needed: number; test: (doc: Y.Doc) => boolean; resolve: (ms: number) => void }

interface LiveRoom {
  spec: LoadRoom;
  writer: SyncClient;
  readers: SyncClient[];
  itemId: string;
  edits: Edit[];
  /** Per reader: index of the first edit it has not seen yet. */
  seenUpTo: Map<SyncClient, number>;
  checks: Set<Check>;
  roundId: string | null;
}

const sets = new Map<string, { url: string; rooms: LiveRoom[] }>();
let collecting: number[] | null = null;
/** The presence loops of the window running now. */
const presenceTimers = new Set<NodeJS.Timeout>();

function watch(room: LiveRoom, c: SyncClient): void {
  c.doc.on('update', () => {
    if (room.edits.length) {
      const clock = Y.getState(c.doc.store, room.writer.doc.clientID);
      let i = room.seenUpTo.get(c) ?? 0;
      while (i < room.edits.length && room.edits[i]!.clock <= clock) {
        const e = room.edits[i]!;
        if (--e.remaining === 0 && collecting) collecting.push(now() - e.t0);
        i++;
      }
      room.seenUpTo.set(c, i);
    }
    for (const check of room.checks) {
      if (check.done.has(c) || !check.test(c.doc)) continue;
      check.done.add(c);
      if (check.done.size === check.needed) {
        room.checks.delete(check);
        check.resolve(now() - check.t0);
      }
    }
  });
}

/** Presence as a browser makes it: a step change every 2.5–3 s per device while a window runs. */
function startPresence(c: SyncClient): void {
  const tick = () => {
    presenceTimers.delete(timer);
    if (c.provider.shouldConnect === false) return;
    c.provider.awareness.setLocalState({ step: STEP_IDS[Math.floor(Math.random() * STEP_IDS.length)], live: true });
    timer = setTimeout(tick, 2500 + Math.random() * 500);
    presenceTimers.add(timer);
  };
  let timer = setTimeout(tick, Math.random() * 2750);
  presenceTimers.add(timer);
}

/** Ends every device's presence loop: a loop left running would go on into the next window, the other server's included, and each window would add another. */
function stopPresence(): void {
  for (const t of presenceTimers) clearTimeout(t);
  presenceTimers.clear();
}

async function connectSet(set: string, url: string, rooms: LoadRoom[]): Promise<void> {
  const live: LiveRoom[] = [];
  for (const spec of rooms) {
    const writer = connect(url, spec.room, spec.writer);
    const readers = spec.readers.map((r) => connect(url, spec.room, r.cookie));
    const room: LiveRoom = { spec, writer, readers, itemId: '', edits: [], seenUpTo: new Map(), checks: new Set(), roundId: null };
    for (const c of [writer, ...readers]) {
      c.provider.awareness.setLocalState({ step: 'welcome', live: true });
      watch(room, c);
    }
    live.push(room);
    // Pace the handshakes a little: a thousand at once measures the accept queue, not the rooms.
    if (live.length % 10 === 0) await sleep(5);
  }
  await Promise.all(live.flatMap((r) => [r.writer, ...r.readers].map((c) => whenSynced(c, 60_000))));
  for (const r of live) {
    const added = addItem({ shared: r.writer.doc, professional: null }, { section: 'future_danger', text: 'Bench item', source, restricted: false, addedBy: 'bench' });
    if (!added.ok) throw new Error('could not add the bench item');
    r.itemId = added.value;
  }
  await waitUntil(() => live.every((r) => r.readers.every((c) => docs.items(c.doc).has(r.itemId))), 30_000, 'first item everywhere');
  sets.set(set, { url, rooms: live });
}

async function waitUntil(ok: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(10);
  }
}

/** A chair's edit: nine in ten are typing in an item, one in ten adds an item (an audited edit on our server). */
function chairEdit(r: LiveRoom, i: number): void {
  const d = { shared: r.writer.doc, professional: null };
  if (i % 10 === 9) addItem(d, { section: 'strengths', text: `Bench ${i}`, source, restricted: false, addedBy: 'bench' });
  else editItem(d, r.itemId, { text: `Bench item, edit ${i}` });
}

async function fanout(set: string, seconds: number, perSecond: number, startAt?: number): Promise<FanoutResult> {
  const s = sets.get(set)!;
  // Every generator starts its window at the same moment (the orchestrator sends them all one time).
  if (startAt !== undefined) await sleep(startAt - Date.now());
  const startedAt = performance.timeOrigin + now();
  const cpu0 = process.cpuUsage();
  const sched0 = loopSched();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const samples: number[] = [];
  collecting = samples;
  for (const r of s.rooms) for (const c of [r.writer, ...r.readers]) startPresence(c);
  let deliveries = 0;
  const timers: NodeJS.Timeout[] = [];
  s.rooms.forEach((r, k) => {
    let i = 0;
    // Writers are spread over the interval so the rooms do not edit in lockstep.
    const start = setTimeout(() => {
      const t = setInterval(() => {
        const t0 = now();
        chairEdit(r, i++);
        r.edits.push({ clock: Y.getState(r.writer.doc.store, r.writer.doc.clientID), t0, remaining: r.readers.length });
        deliveries += r.readers.length;
      }, 1000 / perSecond);
      timers.push(t);
    }, (r.spec.phase ?? k / s.rooms.length) * (1000 / perSecond));
    timers.push(start);
  });
  await sleep(seconds * 1000);
  for (const t of timers) clearTimeout(t);
  loop.disable();
  const cpu = process.cpuUsage(cpu0);
  const sched = loopSched();
  const windowMs = performance.timeOrigin + now() - startedAt;
  const outstanding = () => s.rooms.some((r) => r.edits.some((e) => e.remaining > 0));
  await waitUntil(() => !outstanding(), 3000, 'fan-out').catch(() => undefined);
  stopPresence();
  collecting = null;
  const lost = s.rooms.reduce((a, r) => a + r.edits.filter((e) => e.remaining > 0).length, 0);
  for (const r of s.rooms) {
    r.edits = [];
    r.seenUpTo.clear();
  }
  // The histogram holds each 10 ms timer's whole interval: how late it fired is the rest.
  const ms = (ns: number) => Math.max(0, ns / 1e6 - 10);
  return {
    latencies: samples, deliveries, lost, startedAt, windowMs, cpuMs: (cpu.user + cpu.system) / 1000,
    loopRunMs: sched.run - sched0.run, loopWaitMs: sched.wait - sched0.wait,
    loopDelay: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
  };
}

/**
 * A participant's score until every other device shows that they scored. On our server it is an
 * intent sent over the participant's socket as the browser sends it (IN10: validated, sealed in the
 * store, then the mark is relayed); the reference has no intents, so its participant writes the
 * same mark into the document directly.
 */
async function intents(set: string, count: number, perSecond: number, mode: 'intent' | 'direct'): Promise<number[]> {
  const s = sets.get(set)!;
  for (const r of s.rooms) {
    // One round open at a time (SC6): close the last window's first.
    if (r.roundId) closeRound(r.writer.doc, r.roundId);
    const opened = openRound(r.writer.doc, { question: 'How safe?', anchor0: 'Not safe', anchor10: 'Safe', direction: 'higher_is_safer' });
    if (!opened.ok) throw new Error(opened.reasons.map((x) => x.id).join(' '));
    r.roundId = opened.value;
  }
  await waitUntil(() => s.rooms.every((r) => r.readers.every((c) => docs.scaling(c.doc).has(r.roundId!))), 10_000, 'round open');
  const out: Promise<number>[] = [];
  for (let n = 0; n < count; n++) {
    const r = s.rooms[n % s.rooms.length]!;
    const k = Math.floor(n / s.rooms.length) % r.readers.length;
    const sender = r.readers[k]!;
    const { attendeeId } = r.spec.readers[k]!;
    const roundId = r.roundId!;
    const others = [r.writer, ...r.readers].filter((c) => c !== sender);
    const test = (doc: Y.Doc) => (docs.scaling(doc).get(roundId)?.get(F.scored) as Y.Map<unknown> | undefined)?.get(attendeeId) === true;
    out.push(new Promise<number>((resolve) => {
      const check: Check = { t0: now(), done: new Set(), needed: others.length, test, resolve };
      for (const c of others) if (test(c.doc)) check.done.add(c);
      r.checks.add(check);
      if (mode === 'direct') {
        markScored(sender.doc, roundId, attendeeId);
        return;
      }
      sender.provider.ws!.send(intentFrame({ id: `bench-${r.roundId}-${k}`, type: 'submit_score', roundId, score: 5, reason: 'Bench' }));
    }));
    await sleep(1000 / perSecond);
  }
  const timeout = sleep(10_000).then(() => NaN);
  const seen = await Promise.all(out.map((p) => Promise.race([p, timeout])));
  for (const r of s.rooms) {
    for (const c of r.readers) for (const a of c.answers.splice(0)) if (a.status !== 200) console.error('intent refused', a.status, JSON.stringify(a.body));
  }
  return seen;
}

function disconnect(set: string): void {
  const s = sets.get(set);
  if (!s) return;
  for (const r of s.rooms) for (const c of [r.writer, ...r.readers]) c.destroy();
  sets.delete(set);
}

/** The large conference: 200 items, a 40-person genogram, 40 actions, a revealed round of 20 scores, pushed by the chair in one update. */
async function large(url: string, spec: LoadRoom): Promise<void> {
  const scratch = new Y.Doc();
  const d = { shared: scratch, professional: null };
  for (let i = 0; i < 200; i++) {
    addItem(d, { section: ['future_danger', 'strengths', 'grey_areas', 'past_harm'][i % 4]!, text: `Item ${i}: ${'what we have heard from the family and the network. '.repeat(3)}`, source, restricted: false, addedBy: 'bench' });
  }
  addFamily(d, 40);
  for (let i = 0; i < 40; i++) addAction(d, { what: `Action ${i}: visit weekly and check the plan is working`, who: 'Social worker', by: '2031-01-31', howWeKnow: 'Written record of each visit', links: [], restricted: false });
  const round = openRound(scratch, { question: 'How safe?', anchor0: 'Not safe', anchor10: 'Safe', direction: 'higher_is_safer' });
  if (!round.ok) throw new Error('round');
  const scores = Array.from({ length: 20 }, (_, i) => ({ attendeeId: `a${i}`, name: `Person ${i}`, role: 'social_worker', group: 'professional' as const, score: i % 11, reason: 'Because of what we heard today', onBehalf: false }));
  publishScores(scratch, round.value, scores);
  const chair = connect(url, spec.room, spec.writer);
  await whenSynced(chair, 30_000);
  Y.applyUpdate(chair.doc, Y.encodeStateAsUpdate(scratch));
  // A second connection proves the update is committed and relayed before the joins start.
  const probe = connect(url, spec.room, spec.writer);
  await whenSynced(probe, 30_000);
  await waitUntil(() => docs.items(probe.doc).size >= 200, 30_000, 'large conference stored');
  probe.destroy();
  // The chair stays, as in a real meeting: the room is loaded when people join (and the reference
  // drops a room from memory when its last device leaves).
  keepers.set(`${url} ${spec.room}`, chair);
}

const keepers = new Map<string, SyncClient>();

/** Join time: connect, until the provider reports the first full sync. Sequential, a new session each. */
async function join(url: string, room: string, cookies: (string | null)[]): Promise<number[]> {
  const out: number[] = [];
  for (const cookie of cookies) {
    const t0 = now();
    const c = connect(url, room, cookie);
    await whenSynced(c, 30_000);
    out.push(now() - t0);
    if (docs.items(c.doc).size < 200) throw new Error('join synced an incomplete conference');
    c.destroy();
    await sleep(50);
  }
  return out;
}

/** Durable writes into one room: several writers type as fast as their sockets allow; until a watcher has them all. */
async function writes(url: string, room: string, writerCookies: (string | null)[], perWriter: number): Promise<{ ms: number; writes: number }> {
  const writers = writerCookies.map((c) => connect(url, room, c));
  const watcher = connect(url, room, writerCookies[0] ?? null);
  await Promise.all([...writers, watcher].map((c) => whenSynced(c, 30_000)));
  const itemIds = writers.map((w) => {
    const r = addItem({ shared: w.doc, professional: null }, { section: 'future_danger', text: 'Writer', source, restricted: false, addedBy: 'bench' });
    return r.ok ? r.value : '';
  });
  await waitUntil(() => itemIds.every((id) => docs.items(watcher.doc).has(id)), 10_000, 'writers ready');
  const t0 = now();
  writers.forEach((w, k) => {
    for (let i = 0; i < perWriter; i++) {
      const d = { shared: w.doc, professional: null };
      if (i % 10 === 9) addItem(d, { section: 'strengths', text: `W${k}-${i}`, source, restricted: false, addedBy: 'bench' });
      else editItem(d, itemIds[k]!, { text: `Writer ${k}, edit ${i}` });
    }
  });
  const targets = writers.map((w) => [w.doc.clientID, Y.getState(w.doc.store, w.doc.clientID)] as const);
  await waitUntil(() => targets.every(([id, clock]) => Y.getState(watcher.doc.store, id) >= clock), 60_000, 'writes');
  const ms = now() - t0;
  for (const c of [...writers, watcher]) c.destroy();
  return { ms, writes: writers.length * perWriter };
}

async function run(m: LoadCommand): Promise<unknown> {
  switch (m.cmd) {
    case 'connect': return connectSet(m.set, m.url, m.rooms);
    case 'fanout': return fanout(m.set, m.seconds, m.editsPerSecond, m.startAt);
    case 'intents': return intents(m.set, m.count, m.perSecond, m.mode);
    case 'disconnect': return disconnect(m.set);
    case 'large': return large(m.url, m.room);
    case 'join': return join(m.url, m.room, m.cookies);
    case 'writes': return writes(m.url, m.room, m.writers, m.perWriter);
    case 'release': {
      keepers.get(`${m.url} ${m.room}`)?.destroy();
      return keepers.delete(`${m.url} ${m.room}`);
    }
  }
}

process.on('message', (m: LoadCommand & { seq: number }) => {
  run(m).then(
    (reply) => process.send!({ seq: m.seq, reply: reply ?? null }),
    (err: Error) => process.send!({ seq: m.seq, error: err.stack ?? err.message }),
  );
});
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
