/**
 * Fan-out: a chair's edit until every other device in the room has it, with presence on, paired
 * rounds. The rooms are dealt round-robin over the load generators (ctx.loads), a room's writer and
 * readers in one process so each latency is read on one clock; the generators start each window
 * together and their results are merged.
 */
import { registerMeasurement, type BenchContext, type BenchRow } from '../registry.ts';
import { cpuMs, loopSchedMs, rssMb } from '../proc.ts';
import { medianOf, median, summarise, type Summary } from '../stats.ts';
import type { FanoutResult, LoadRoom, SeedReply } from '../protocol.ts';

export const SCALES = [
  { rooms: 10, devices: 15 },
  { rooms: 50, devices: 15 },
  { rooms: 200, devices: 5 },
] as const;

/** Rooms for the load generator: ours with each reader's session cookie, the reference with none. */
export function loadRooms(seed: SeedReply, withCookies: boolean): LoadRoom[] {
  return seed.rooms.map((r) => ({
    room: r.id,
    writer: withCookies ? r.writers[0]! : null,
    readers: r.readers.map((x) => ({ cookie: withCookies ? x.cookie : null, attendeeId: x.attendeeId })),
  }));
}

/**
 * Deal the rooms round-robin over `n` generators. Each room keeps its place in the edit interval
 * over all the rooms (`phase`), so the writers stay spread as they would in one process.
 */
export function dealRooms(rooms: LoadRoom[], n: number): LoadRoom[][] {
  const hands: LoadRoom[][] = Array.from({ length: n }, () => []);
  rooms.forEach((r, i) => hands[i % n]!.push({ ...r, phase: i / rooms.length }));
  return hands;
}

/** Merge the generators' results of one window: latencies concatenated, deliveries and lost summed. */
export function mergeFanout(parts: readonly FanoutResult[]): Pick<FanoutResult, 'latencies' | 'deliveries' | 'lost'> {
  return {
    latencies: parts.flatMap((p) => p.latencies),
    deliveries: parts.reduce((a, p) => a + p.deliveries, 0),
    lost: parts.reduce((a, p) => a + p.lost, 0),
  };
}

/** Run `fn` for each server in alternating order, `rounds` times: the pairs share the machine's load. */
export async function paired<T>(ctx: BenchContext, fn: (who: 'ours' | 'reference', round: number) => Promise<T>): Promise<{ ours: T[]; reference: T[] }> {
  const out = { ours: [] as T[], reference: [] as T[] };
  for (let round = 0; round < ctx.rounds; round++) {
    const order: ('ours' | 'reference')[] = round % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
    for (const who of order) out[who].push(await fn(who, round));
  }
  return out;
}

/** Ours over the reference in each paired round (BenchRow.perRound). */
export function perRoundRatio<T>(runs: { ours: T[]; reference: T[] }, figure: (x: T) => number): number[] {
  return runs.ours.map((x, i) => figure(x) / figure(runs.reference[i]!));
}

registerMeasurement({
  name: 'fan-out',
  async run(ctx) {
    const rows: BenchRow[] = [];
    const seconds = ctx.quick ? 3 : 6;
    for (const { rooms, devices } of SCALES) {
      const group = `fan-out ${rooms} × ${devices}`;
      const seed = await ctx.ours.seed({ rooms, readers: devices - 1 });
      const gens = ctx.loads;
      const connect = (set: 'ours' | 'reference', withCookies: boolean) => {
        const hands = dealRooms(loadRooms(seed, withCookies), gens.length);
        return Promise.all(gens.map((g, k) => g.call({ cmd: 'connect', set, url: ctx[set].url, rooms: hands[k]! })));
      };
      await connect('ours', true);
      await connect('reference', false);
      if (rooms === 50) {
        ctx.notes.set('memory.open.ours', rssMb(ctx.ours.pid));
        ctx.notes.set('memory.open.reference', rssMb(ctx.reference.pid));
      }
      const runs = await paired(ctx, async (who) => {
        const pid = ctx[who].pid;
        const c0 = cpuMs(pid);
        const s0 = loopSchedMs(pid);
        const t0 = performance.now();
        // One start time for every generator, a little ahead so the command reaches them all first.
        const startAt = Date.now() + 100;
        const parts = await Promise.all(gens.map((g) => g.call<FanoutResult>({ cmd: 'fanout', set: who, seconds, editsPerSecond: 5, startAt })));
        const cpu = cpuMs(pid) - c0;
        const s1 = loopSchedMs(pid);
        const wall = performance.now() - t0;
        const r = mergeFanout(parts);
        // Whether each process kept up: its event loop's share of the window running and waiting for
        // a core (near 100 % together: it never caught up), and how late a generator's timers fired.
        const share = (ms: number, of: number) => `${((100 * ms) / of).toFixed(0)} %`;
        const server = `server loop running ${share(s1.run - s0.run, wall)} + waiting for a core ${share(s1.wait - s0.wait, wall)}`;
        const generators = parts.map((p, k) => `generator ${k + 1} loop running ${share(p.loopRunMs, p.windowMs)} + waiting for a core ${share(p.loopWaitMs, p.windowMs)} (process CPU ${share(p.cpuMs, p.windowMs)}), timers late p99 ${p.loopDelay.p99.toFixed(0)} / max ${p.loopDelay.max.toFixed(0)} ms`);
        const starts = parts.map((p) => p.startedAt);
        ctx.log(`${group} ${who}: ${server}; ${generators.join('; ')}; start skew ${(Math.max(...starts) - Math.min(...starts)).toFixed(1)} ms`);
        return { s: summarise(r.latencies), cpuPerDelivery: (cpu * 1000) / Math.max(1, r.deliveries), lost: r.lost };
      });
      ctx.log(`${group}: generators' RSS ${gens.map((g) => rssMb(g.pid).toFixed(0)).join(', ')} MB`);
      await Promise.all(gens.map((g) => g.call({ cmd: 'disconnect', set: 'ours' })));
      await Promise.all(gens.map((g) => g.call({ cmd: 'disconnect', set: 'reference' })));
      const o: Summary = medianOf(runs.ours.map((x) => x.s));
      const f: Summary = medianOf(runs.reference.map((x) => x.s));
      ctx.notes.set(`${group}.p95`, o.p95);
      ctx.notes.set(`${group}.reference.p95`, f.p95);
      for (const k of ['p50', 'p95', 'p99', 'max'] as const) {
        const perRound = perRoundRatio(runs, (x) => x.s[k]);
        rows.push({ group, figure: k, unit: 'ms', ours: o[k], reference: f[k], better: 'lower', perRound, ...(k === 'p99' && rooms === 50 ? { target: 20 } : {}) });
      }
      rows.push({ group, figure: 'server CPU per delivery', unit: 'µs', ours: median(runs.ours.map((x) => x.cpuPerDelivery)), reference: median(runs.reference.map((x) => x.cpuPerDelivery)), better: 'lower', perRound: perRoundRatio(runs, (x) => x.cpuPerDelivery) });
      const lost = runs.ours.reduce((a, x) => a + x.lost, 0) + runs.reference.reduce((a, x) => a + x.lost, 0);
      if (lost) ctx.log(`${group}: ${runs.ours.reduce((a, x) => a + x.lost, 0)} edits (ours) and ${runs.reference.reduce((a, x) => a + x.lost, 0)} (reference) not everywhere within 3 s of the window's end`);
      ctx.log(`${group}: ${o.n} samples ours, ${f.n} reference`);
    }
    return rows;
  },
});
