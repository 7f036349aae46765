/**
 * A participant's score until every other device shows they scored: on our server an intent over
 * the participant's socket, as the browser sends it (IN10: checked, sealed in the store, the mark
 * relayed); on the reference, which has no intents, the participant's direct edit of the same mark.
 * The target compares our intent with a direct edit (our chair's fan-out at the same size).
 */
import { registerMeasurement } from '../registry.ts';
import { medianOf, summarise } from '../stats.ts';
import { loadRooms, paired, perRoundRatio } from './fanout.ts';

registerMeasurement({
  name: 'intent',
  async run(ctx) {
    const group = 'participant intent (score), 10 × 15';
    const seed = await ctx.ours.seed({ rooms: 10, readers: 14 });
    await ctx.load.call({ cmd: 'connect', set: 'ours', url: ctx.ours.url, rooms: loadRooms(seed, true) });
    await ctx.load.call({ cmd: 'connect', set: 'reference', url: ctx.reference.url, rooms: loadRooms(seed, false) });
    // Our per-session write budget (120 at once, 2 a second after) bounds how many intents one sender may send.
    const count = ctx.quick ? 20 : 40;
    const runs = await paired(ctx, async (who) => {
      const xs = await ctx.load.call<number[]>({ cmd: 'intents', set: who, count, perSecond: 4, mode: who === 'ours' ? 'intent' : 'direct' });
      const lost = xs.filter((x) => !Number.isFinite(x)).length;
      if (lost) ctx.log(`${group}: ${lost} of ${xs.length} not seen by everyone within 10 s (${who})`);
      return summarise(xs.filter(Number.isFinite));
    });
    await ctx.load.call({ cmd: 'disconnect', set: 'ours' });
    await ctx.load.call({ cmd: 'disconnect', set: 'reference' });
    const o = medianOf(runs.ours);
    const f = medianOf(runs.reference);
    const direct = ctx.notes.get('fan-out 10 × 15.p95');
    return [
      { group, figure: 'p50 (reference: direct edit)', unit: 'ms', ours: o.p50, reference: f.p50, better: 'lower', perRound: perRoundRatio(runs, (x) => x.p50) },
      { group, figure: 'p95 (reference: direct edit)', unit: 'ms', ours: o.p95, reference: f.p95, better: 'lower', perRound: perRoundRatio(runs, (x) => x.p95), ...(direct !== undefined ? { target: 2 * direct } : {}) },
    ];
  },
});
