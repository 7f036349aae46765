/**
 * Issue 14 — the same fan-out load on one instance and spread over two (PostgreSQL + Redis, real
 * server processes). The "reference" column here is the single instance in the same run; the target
 * is p99 over two instances ≤ 2 × one instance. Skipped when PostgreSQL or redis-server is missing.
 */
import { registerMeasurement } from '../registry.ts';
import { benchCrossInstance } from '../crossInstance.ts';

registerMeasurement({
  name: 'cross-instance',
  async run(ctx) {
    let r;
    try {
      r = await benchCrossInstance({ rooms: 10, devices: 10, seconds: ctx.quick ? 4 : 8, rounds: ctx.rounds });
    } catch (err) {
      ctx.log(`cross-instance skipped: ${(err as Error).message.split('\n')[0]}`);
      return [];
    }
    const group = `cross-instance fan-out ${r.rooms} × ${r.devices} (ours: 2 instances, ref: 1 instance)`;
    ctx.log(`cross-instance samples: ${r.cross.n} over two instances, ${r.single.n} on one`);
    return [
      { group, figure: 'p50', unit: 'ms', ours: r.cross.p50, reference: r.single.p50, better: 'lower' },
      { group, figure: 'p95', unit: 'ms', ours: r.cross.p95, reference: r.single.p95, better: 'lower' },
      { group, figure: 'p99 (target ≤ 2 × one instance)', unit: 'ms', ours: r.cross.p99, reference: r.single.p99, better: 'lower', target: 2 * r.single.p99 },
      { group, figure: 'max', unit: 'ms', ours: r.cross.max, reference: r.single.max, better: 'lower' },
    ];
  },
});
