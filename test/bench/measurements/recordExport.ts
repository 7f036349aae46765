import { registerMeasurement } from '../registry.ts';
import { TARGET_MS, timeRecordExport } from '../record.ts';

/**
 * EX10 — The record's documents for a large conference (200 items, 40 actions, 20 scores), built in
 * this process as the server builds a download. No reference server has exports, so no ratio.
 */
registerMeasurement({
  name: 'record-export',
  async run(ctx) {
    const timings = await timeRecordExport();
    for (const t of timings) ctx.log(`${t.edition}: median ${t.medianMs.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)} ms), slowest ${t.slowestMs.toFixed(0)} ms, ${t.kib} KiB`);
    return timings.flatMap((t) => [
      { group: 'record export (200 items, 40-person genogram, 40 actions, 20 scores)', figure: `${t.edition}: wall, median`, unit: 'ms', ours: t.medianMs, reference: null, better: 'lower' as const, target: TARGET_MS },
      { group: 'record export (200 items, 40-person genogram, 40 actions, 20 scores)', figure: `${t.edition}: CPU, median`, unit: 'ms', ours: t.cpuMs, reference: null, better: 'lower' as const, target: TARGET_MS },
    ]);
  },
});
