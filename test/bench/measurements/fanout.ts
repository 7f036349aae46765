/** Fan-out: a chair's edit until every other device in the room has it, with presence on, paired rounds. */
import { registerMeasurement, type BenchContext, type BenchRow } from '../registry.ts';
import { cpuMs, rssMb } from '../proc.ts';
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

/** Run `fn` for each server in alternating order, `rounds` times: the pairs share the machine's load. */
export async function paired<T>(ctx: BenchContext, fn: (who: 'ours' | 'reference', round: number) => Promise<T>): Promise<{ ours: T[]; reference: T[] }> {
  const out = { ours: [] as T[], reference: [] as T[] };
  for (let round = 0; round < ctx.rounds; round++) {
    const order: ('ours' | 'reference')[] = round % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
    for (const who of order) out[who].push(await fn(who, round));
  }
  return out;
}

registerMeasurement({
  name: 'fan-out',
  async run(ctx) {
    const rows: BenchRow[] = [];
    const seconds = ctx.quick ? 3 : 6;
    for (const { rooms, devices } of SCALES) {
      const group = `fan-out ${rooms} × ${devices}`;
      const seed = await ctx.ours.seed({ rooms, readers: devices - 1 });
      await ctx.load.call({ cmd: 'connect', set: 'ours', url: ctx.ours.url, rooms: loadRooms(seed, true) });
      await ctx.load.call({ cmd: 'connect', set: 'reference', url: ctx.reference.url, rooms: loadRooms(seed, false) });
      if (rooms === 50) {
        ctx.notes.set('memory.open.ours', rssMb(ctx.ours.pid));
        ctx.notes.set('memory.open.reference', rssMb(ctx.reference.pid));
      }
      const runs = await paired(ctx, async (who) => {
        const pid = ctx[who].pid;
        const c0 = cpuMs(pid);
        const r = await ctx.load.call<FanoutResult>({ cmd: 'fanout', set: who, seconds, editsPerSecond: 5 });
        const cpu = cpuMs(pid) - c0;
        return { s: summarise(r.latencies), cpuPerDelivery: (cpu * 1000) / Math.max(1, r.deliveries), lost: r.lost };
      });
      await ctx.load.call({ cmd: 'disconnect', set: 'ours' });
      await ctx.load.call({ cmd: 'disconnect', set: 'reference' });
      const o: Summary = medianOf(runs.ours.map((x) => x.s));
      const f: Summary = medianOf(runs.reference.map((x) => x.s));
      ctx.notes.set(`${group}.p95`, o.p95);
      ctx.notes.set(`${group}.reference.p95`, f.p95);
      for (const k of ['p50', 'p95', 'p99', 'max'] as const) {
        rows.push({ group, figure: k, unit: 'ms', ours: o[k], reference: f[k], better: 'lower', ...(k === 'p99' && rooms === 50 ? { target: 20 } : {}) });
      }
      rows.push({ group, figure: 'server CPU per delivery', unit: 'µs', ours: median(runs.ours.map((x) => x.cpuPerDelivery)), reference: median(runs.reference.map((x) => x.cpuPerDelivery)), better: 'lower' });
      const lost = runs.ours.reduce((a, x) => a + x.lost, 0) + runs.reference.reduce((a, x) => a + x.lost, 0);
      if (lost) ctx.log(`${group}: ${runs.ours.reduce((a, x) => a + x.lost, 0)} edits (ours) and ${runs.reference.reduce((a, x) => a + x.lost, 0)} (reference) not everywhere within 3 s of the window's end`);
      ctx.log(`${group}: ${o.n} samples ours, ${f.n} reference`);
    }
    return rows;
  },
});
