/**
 * `npm run bench`: our server beside the reference y-websocket server (`@y/websocket-server`), the
 * same load on both in the same run, interleaved in pairs so both see the same machine load.
 * Each figure is the median over the paired rounds. Prints a table and one JSON line.
 *
 *   BENCH_QUICK=1     one round, short windows (for iterating; not for the record)
 *   BENCH_ROUNDS=n    paired rounds (default 3)
 *   BENCH_ONLY=a,b    only the named measurements (e.g. "fan-out,join")
 *   BENCH_PROFILE=dir CPU profiles of our server (in dir) and the reference (dir/reference), written when they stop
 *   BENCH_NODE_FLAGS  Node flags for our server instead of the product's (server/bundle.ts SERVER_NODE_FLAGS)
 *   BENCH_LOAD_PROCS=n load-generator processes for the fan-out (default 3)
 *
 * Processes besides this one: our server (bundled and run by plain node, as `npm start` runs it, on
 * a temporary store), the reference server and the load generators (real y-websocket clients).
 * This process only orchestrates and reads /proc.
 *
 * The fan-out deals its rooms round-robin over BENCH_LOAD_PROCS generators, a room's writer and
 * readers in one process (each latency is read on one process's clock); every generator starts its
 * window at the same moment and the results are merged. In one process the clients at 50 × 15 kept
 * its event loop running 50–80 % of the window (top: 75–140 % with GC), so whichever server was
 * measured while it lagged got tens of ms more. The work is per client, not per process: three
 * generators use the same CPU as one between them, leaving the servers as much, and each loop runs
 * under 30 % there; two ran up to 44 % in the reference's windows and gave wider p99s
 * (measurements/fanout.ts logs each process's share of the window per window). The other
 * measurements use the first generator only.
 */
import { forkBuilt, forkTs, startReference } from './child.ts';
import { loadAverage, rssMb } from './proc.ts';
import { registeredMeasurements, type BenchContext, type BenchRow } from './registry.ts';
import { fmt, ratio } from './stats.ts';
import type { SeedReply, SeedRequest } from './protocol.ts';
import './measurements/index.ts';

const quick = process.env.BENCH_QUICK === '1';
const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 3));
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const loadProcs = Number(process.env.BENCH_LOAD_PROCS ?? 3);
if (!Number.isInteger(loadProcs) || loadProcs < 1) throw new Error(`BENCH_LOAD_PROCS: a whole number of processes, 1 or more (not "${process.env.BENCH_LOAD_PROCS}")`);
const started = Date.now();
const loadBefore = loadAverage();

// BENCH_PROFILE=DIR writes CPU profiles of our server there and of the reference in DIR/reference (open them in Chrome's DevTools).
const profile = process.env.BENCH_PROFILE;
const ours = await forkBuilt('./ourServer.ts', {}, profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []);
const reference = await startReference();
const loads = await Promise.all(Array.from({ length: loadProcs }, () => forkTs('./load.ts')));
const load = loads[0]!;
const rows: BenchRow[] = [];
const log = (line: string) => console.error(`  · ${line}`);
let failed = false;
try {
  await new Promise((r) => setTimeout(r, 2000));
  const ctx: BenchContext = {
    quick, rounds,
    ours: { url: String(ours.ready.url), pid: ours.pid, seed: (req: SeedRequest) => ours.call<SeedReply>(req) },
    reference: { url: reference.url, pid: reference.pid },
    load, loads, notes: new Map(), log,
  };
  ctx.notes.set('memory.idle.ours', rssMb(ours.pid));
  ctx.notes.set('memory.idle.reference', rssMb(reference.pid));
  for (const m of registeredMeasurements()) {
    if (only && !only.includes(m.name)) continue;
    const t0 = Date.now();
    console.error(`${m.name}…`);
    try {
      rows.push(...(await m.run(ctx)));
    } catch (err) {
      // One failing measurement must not lose the others' figures (nor leave the bench running).
      failed = true;
      log(`${m.name} failed: ${(err as Error).stack ?? String(err)}`);
    }
    log(`${m.name} took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
} finally {
  // Each child gets SIGTERM, then SIGKILL after 5 s (child.ts); never wait longer than that.
  await Promise.race([Promise.allSettled([...loads.map((l) => l.stop()), ours.stop(), reference.stop()]), new Promise((r) => setTimeout(r, 10_000).unref())]);
}

const faster = (r: BenchRow) => (r.reference === null ? '' : (r.better === 'lower' ? r.ours <= r.reference : r.ours >= r.reference) ? 'ours' : 'reference');
const met = (r: BenchRow) => (r.target === undefined ? '' : (r.better === 'lower' ? r.ours <= r.target : r.ours >= r.target) ? `≤ ${fmt(r.target)} ✓` : `≤ ${fmt(r.target)} ✗`);
const eachRound = (r: BenchRow) => r.perRound?.map((x) => `×${x.toFixed(2)}`).join(' ') ?? '';
const table = [
  ['measure', 'figure', 'ours', 'reference', 'ratio', 'faster', 'each round', 'target'],
  ...rows.map((r) => [r.group, r.figure, `${fmt(r.ours, r.unit === 'ms' ? 2 : 1)} ${r.unit}`, r.reference === null ? '–' : `${fmt(r.reference, r.unit === 'ms' ? 2 : 1)} ${r.unit}`, r.reference === null ? '–' : ratio(r.ours, r.reference), faster(r), eachRound(r), met(r)]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(table[0]!));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
const seconds = (Date.now() - started) / 1000;
console.log(`\n${rounds} paired round(s), ${seconds.toFixed(0)} s; load average ${loadBefore.toFixed(2)} before, ${loadAverage().toFixed(2)} after (${(await import('node:os')).cpus().length} cores)`);
console.log(JSON.stringify({ bench: 'conference-room', at: new Date().toISOString(), rounds, quick, seconds: Math.round(seconds), loadAverage: [loadBefore, loadAverage()], rows }));
// Client sockets, timers or a child's pipes left behind by a failed measurement must not keep the bench alive.
process.exit(failed ? 1 : 0);
