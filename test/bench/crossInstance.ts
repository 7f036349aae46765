/**
 * Cross-instance fan-out for `npm run bench` (issue 14; registered in measurements/crossInstance.ts): the same load on one instance, then spread
 * over two, on one PostgreSQL schema and a private Redis, with real server processes and real
 * y-websocket clients. Each room has a chair writing 5 edits a second on instance A and invited
 * participants reading on their own sessions, on A (single) or on B (cross). Latency is from the
 * edit to each reader having it; the clients run in this process, so one clock measures both ends.
 */
import * as Y from 'yjs';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { connect, whenSynced, type SyncClient } from '../support/sync.ts';
import { TestCluster } from '../support/cluster.ts';

export interface FanoutFigures { p50: number; p95: number; p99: number; max: number; samples: number }
export interface CrossInstanceResult { rooms: number; devices: number; single: FanoutFigures; cross: FanoutFigures; ratioP95: number; ratioP99: number }

const pct = (xs: number[], p: number) => xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN;
const figures = (xs: number[]): FanoutFigures => ({ p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99), max: Math.max(...xs), samples: xs.length });

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
  await new Promise((r) => setTimeout(r, 500)); // the last edits arrive
  for (const s of stops) s();
  return latencies;
}

export async function benchCrossInstance(opts: { rooms?: number; devices?: number; seconds?: number } = {}): Promise<CrossInstanceResult> {
  const rooms = opts.rooms ?? 10;
  const devices = opts.devices ?? 10;
  const seconds = opts.seconds ?? 10;
  const cluster = await TestCluster.start(2, { LOG_LEVEL: 'silent', COMPACT_EVERY: '500' });
  const [a, b] = cluster.instances as [typeof cluster.instances[0], typeof cluster.instances[0]];
  const all: SyncClient[] = [];
  try {
    const creds = await cluster.addStaff('chair', 'Bench Chair');
    const result: { single: number[]; cross: number[] } = { single: [], cross: [] };
    const conferences: { id: string; chair: ApiClient; tokens: string[] }[] = [];
    for (let r = 0; r < rooms; r++) {
      // A session of its own per room: the server caps sockets per session.
      const chair = await new ApiClient(a.url).login(creds.email, creds.password);
      const id: string = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
      const tokens: string[] = [];
      for (let d = 1; d < devices; d++) {
        const inv = await chair.post(`/api/conferences/${id}/invites`, { name: `Reader ${d}`, role: 'social_worker', agency: 'Bench', attendance: 'present' });
        tokens.push(inv.body.token);
      }
      conferences.push({ id, chair, tokens });
    }
    for (const [label, url] of [['single', a.url], ['cross', b.url]] as const) {
      const writers: SyncClient[] = [];
      const readerSets: SyncClient[][] = [];
      for (const c of conferences) {
        const w = connect(a.url, c.id, c.chair.cookie);
        const readers: SyncClient[] = [];
        for (const token of c.tokens) {
          const device = new ApiClient(url);
          await device.post('/api/join', { token });
          readers.push(connect(url, c.id, device.cookie));
        }
        writers.push(w);
        readerSets.push(readers);
        all.push(w, ...readers);
      }
      await Promise.all(all.map((s) => whenSynced(s, 30_000)));
      result[label] = await phase(writers, readerSets, seconds);
      for (const s of all.splice(0)) s.destroy();
    }
    const single = figures(result.single);
    const cross = figures(result.cross);
    return { rooms, devices, single, cross, ratioP95: cross.p95 / single.p95, ratioP99: cross.p99 / single.p99 };
  } finally {
    for (const s of all) s.destroy();
    await cluster.stop();
  }
}

/** One line for the bench's table. */
export function formatCrossInstance(r: CrossInstanceResult): string {
  const f = (x: FanoutFigures) => `p50 ${x.p50.toFixed(1)} / p95 ${x.p95.toFixed(1)} / p99 ${x.p99.toFixed(1)} / max ${x.max.toFixed(1)} ms (${x.samples})`;
  return [
    `cross-instance fan-out, ${r.rooms} rooms × ${r.devices} devices, PostgreSQL + Redis:`,
    `  one instance:   ${f(r.single)}`,
    `  two instances:  ${f(r.cross)}`,
    `  ratio p95 ×${r.ratioP95.toFixed(2)}, p99 ×${r.ratioP99.toFixed(2)} (target p99 ≤ ×2)`,
  ].join('\n');
}

// `npx tsx test/bench/crossInstance.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchCrossInstance();
  console.log(formatCrossInstance(r));
  console.log(JSON.stringify({ crossInstance: r }));
}
