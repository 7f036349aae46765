/** Durable writes per second into one room (eight chair sockets typing as fast as allowed), and server CPU per write. */
import { registerMeasurement } from '../registry.ts';
import { cpuMs } from '../proc.ts';
import { median } from '../stats.ts';
import { paired, perRoundRatio } from './fanout.ts';

registerMeasurement({
  name: 'writes',
  async run(ctx) {
    const writers = 8;
    // Under each socket's burst allowance (300 frames), so the figure is the server's, not the rate limit's.
    const perWriter = ctx.quick ? 100 : 250;
    const seed = await ctx.ours.seed({ rooms: 1, readers: 0, writers });
    const room = seed.rooms[0]!;
    const runs = await paired(ctx, async (who) => {
      const pid = ctx[who].pid;
      const c0 = cpuMs(pid);
      const cookies = who === 'ours' ? room.writers : Array<null>(writers).fill(null);
      const r = await ctx.load.call<{ ms: number; writes: number }>({ cmd: 'writes', url: ctx[who].url, room: room.id, writers: cookies, perWriter });
      const cpu = cpuMs(pid) - c0;
      // Let the sockets close before the next round's handshakes.
      await new Promise((res) => setTimeout(res, 300));
      return { perSecond: (r.writes / r.ms) * 1000, cpuPerWrite: (cpu * 1000) / r.writes };
    });
    const group = 'writes into one room';
    return [
      { group, figure: 'writes per second (ours: durable)', unit: '/s', ours: median(runs.ours.map((x) => x.perSecond)), reference: median(runs.reference.map((x) => x.perSecond)), better: 'higher', perRound: perRoundRatio(runs, (x) => x.perSecond) },
      { group, figure: 'server CPU per write (incl. relay to 8)', unit: 'µs', ours: median(runs.ours.map((x) => x.cpuPerWrite)), reference: median(runs.reference.map((x) => x.cpuPerWrite)), better: 'lower', perRound: perRoundRatio(runs, (x) => x.cpuPerWrite) },
    ];
  },
});
