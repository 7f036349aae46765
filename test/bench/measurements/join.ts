/** Join of a large conference (200 items, a 40-person genogram, 40 actions, 20 revealed scores) until the first full sync. */
import { registerMeasurement } from '../registry.ts';
import { medianOf, summarise } from '../stats.ts';
import { loadRooms, paired, perRoundRatio } from './fanout.ts';
import type { LoadRoom } from '../protocol.ts';

registerMeasurement({
  name: 'join',
  async run(ctx) {
    const perRound = ctx.quick ? 5 : 10;
    const seed = await ctx.ours.seed({ rooms: 1, readers: perRound * ctx.rounds });
    const [ours] = loadRooms(seed, true) as [LoadRoom];
    const [reference] = loadRooms(seed, false) as [LoadRoom];
    await ctx.load.call({ cmd: 'large', url: ctx.ours.url, room: ours });
    await ctx.load.call({ cmd: 'large', url: ctx.reference.url, room: reference });
    const runs = await paired(ctx, async (who, round) => {
      const cookies = who === 'ours' ? ours.readers.slice(round * perRound, (round + 1) * perRound).map((r) => r.cookie) : Array<null>(perRound).fill(null);
      return summarise(await ctx.load.call<number[]>({ cmd: 'join', url: ctx[who].url, room: ours.room, cookies }));
    });
    await ctx.load.call({ cmd: 'release', url: ctx.ours.url, room: ours.room });
    await ctx.load.call({ cmd: 'release', url: ctx.reference.url, room: reference.room });
    const o = medianOf(runs.ours);
    const f = medianOf(runs.reference);
    const group = 'join, large conference';
    return [
      { group, figure: 'p50', unit: 'ms', ours: o.p50, reference: f.p50, better: 'lower', perRound: perRoundRatio(runs, (x) => x.p50) },
      { group, figure: 'p95', unit: 'ms', ours: o.p95, reference: f.p95, better: 'lower', perRound: perRoundRatio(runs, (x) => x.p95), target: 300 },
    ];
  },
});
