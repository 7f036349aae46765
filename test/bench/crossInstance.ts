/**
 * Cross-instance fan-out for `npm run bench` (issue 14; registered in measurements/crossInstance.ts):
 * the same load on one instance and spread over two, on one PostgreSQL schema and a private Redis,
 * with real server processes and real y-websocket clients. Each room has a chair writing 5 edits a
 * second on instance A and invited participants reading on their own sessions, on A (single) or on
 * B (cross), every device changing its presence every 2.5–3 s. The two phases alternate over the
 * rounds so both see the same machine load. Latency is from the edit to each reader having it; the
 * clients run in this process, so one clock measures both ends.
 */
import * as Y from 'yjs';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { connect, whenSynced, type SyncClient } from '../support/sync.ts';
import { TestCluster } from '../support/cluster.ts';
import { medianOf, summarise, type Summary } from './stats.ts';

export interface CrossInstanceResult { rooms: number; devices: number; rounds: number; single: Summary; cross: Summary; ratioP95: number; ratioP99: number }

const STEPS = ['welcome', 'worries', 'strengths', 'scaling', 'plan'];

async function phase(writers: SyncClient[], readerSets: SyncClient[][], seconds: number): Promise<number[]> {
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  const stops: (() => void)[] = [];
  for (const readers of readerSets) {
    for (const r of readers) {
      const probe = r.doc.getMap('benchProbe');
      const onChange = (e: Y.YMapEvent<unknown>) => {
        const now = performance.now();
        for (const k of e.keysChanged) { const t0 = sent.get(k); if (t0 !== undefined) latencies.push(now - t0); }
      };
      probe.observe(onChange);
      stops.push(() => probe.unobserve(onChange));
    }
  }
  // Presence as a browser makes it: a step change every 2.5–3 s per device.
  let presenceOn = true;
  const presence = (c: SyncClient) => {
    if (!presenceOn) return;
    c.provider.awareness.setLocalState({ step: STEPS[Math.floor(Math.random() * STEPS.length)], live: true });
    setTimeout(() => presence(c), 2500 + Math.random() * 500);
  };
  for (const c of [...writers, ...readerSets.flat()]) setTimeout(() => presence(c), Math.random() * 2750);
  let seq = 0;
  // 5 edits a second per room, spread over the interval so rooms do not all write at once.
  const timers = writers.map((w, i) => {
    const tick = () => {
      const key = `${i}:${seq++}`;
      sent.set(key, performance.now());
      w.doc.getMap('benchProbe').set(key, 1);
    };
    return setTimeout(() => { tick(); timers[i] = setInterval(tick, 200) as unknown as NodeJS.Timeout; }, (i * 200) / writers.length);
  });
  await new Promise((r) => setTimeout(r, seconds * 1000));
  for (const t of timers) { clearTimeout(t); clearInterval(t); }
  presenceOn = false;
  await new Promise((r) => setTimeout(r, 500)); // the last edits arrive
  for (const s of stops) s();
  return latencies;
}

/** Give up on a clean-up step that hangs: the bench must always exit. */
function bounded(p: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([p.catch(() => undefined), new Promise((r) => setTimeout(r, ms).unref())]);
}

export async function benchCrossInstance(opts: { rooms?: number; devices?: number; seconds?: number; rounds?: number } = {}): Promise<CrossInstanceResult> {
  const rooms = opts.rooms ?? 10;
  const devices = opts.devices ?? 10;
  const seconds = opts.seconds ?? 10;
  const rounds = opts.rounds ?? 1;
  // Real processes, bundled and run by plain node as `npm start` runs them (test/support/process.ts).
  const cluster = await TestCluster.start(2, { LOG_LEVEL: 'silent', COMPACT_EVERY: '500' });
  const [a, b] = cluster.instances as [typeof cluster.instances[0], typeof cluster.instances[0]];
  const all: SyncClient[] = [];
  try {
    const creds = await cluster.addStaff('chair', 'Bench Chair');
    const conferences: { id: string; chair: ApiClient; readers: ApiClient[] }[] = [];
    for (let r = 0; r < rooms; r++) {
      // A session of its own per room: the server caps sockets per session.
      const chair = await new ApiClient(a.url).login(creds.email, creds.password);
      const id: string = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
      const readers: ApiClient[] = [];
      for (let d = 1; d < devices; d++) {
        const inv = await chair.post(`/api/conferences/${id}/invites`, { name: `Reader ${d}`, role: 'social_worker', agency: 'Bench', attendance: 'present' });
        // Each reader joins once, on B: an invite link used again on another device waits in the
        // lobby for the chair, so both phases reuse this device's session (PostgreSQL holds it).
        const device = new ApiClient(b.url);
        const joined = await device.post('/api/join', { token: inv.body.token });
        if (joined.status !== 200) throw new Error(`join refused: ${joined.status} ${joined.text}`);
        readers.push(device);
      }
      conferences.push({ id, chair, readers });
    }
    const runs: Record<'single' | 'cross', Summary[]> = { single: [], cross: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['single', 'cross'] as const) : (['cross', 'single'] as const);
      for (const label of order) {
        const url = label === 'single' ? a.url : b.url;
        const writers: SyncClient[] = [];
        const readerSets: SyncClient[][] = [];
        for (const c of conferences) {
          const w = connect(a.url, c.id, c.chair.cookie);
          const readers = c.readers.map((device) => connect(url, c.id, device.cookie));
          writers.push(w);
          readerSets.push(readers);
          all.push(w, ...readers);
        }
        await Promise.all(all.map((s) => whenSynced(s, 30_000)));
        runs[label].push(summarise(await phase(writers, readerSets, seconds)));
        for (const s of all.splice(0)) s.destroy();
        await new Promise((r) => setTimeout(r, 500)); // the sockets close and the rooms settle
      }
    }
    const single = medianOf(runs.single);
    const cross = medianOf(runs.cross);
    return { rooms, devices, rounds, single, cross, ratioP95: cross.p95 / single.p95, ratioP99: cross.p99 / single.p99 };
  } finally {
    for (const s of all) s.destroy();
    await bounded(cluster.stop(), 15_000);
  }
}

/** A few lines for running it alone. */
export function formatCrossInstance(r: CrossInstanceResult): string {
  const f = (x: Summary) => `p50 ${x.p50.toFixed(1)} / p95 ${x.p95.toFixed(1)} / p99 ${x.p99.toFixed(1)} / max ${x.max.toFixed(1)} ms (${x.n})`;
  return [
    `cross-instance fan-out, ${r.rooms} rooms × ${r.devices} devices, PostgreSQL + Redis, ${r.rounds} round(s):`,
    `  one instance:   ${f(r.single)}`,
    `  two instances:  ${f(r.cross)}`,
    `  ratio p95 ×${r.ratioP95.toFixed(2)}, p99 ×${r.ratioP99.toFixed(2)} (target p99 ≤ ×2)`,
  ].join('\n');
}

// `npx tsx test/bench/crossInstance.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchCrossInstance({ rounds: Number(process.env.BENCH_ROUNDS ?? 1) });
  console.log(formatCrossInstance(r));
  console.log(JSON.stringify({ crossInstance: r }));
  process.exit(0);
}
