/** Server memory (resident set): at idle, with 50 rooms open (taken during fan-out), and after they unload. */
import { registerMeasurement } from '../registry.ts';
import { rssMb } from '../proc.ts';

registerMeasurement({
  name: 'memory',
  async run(ctx) {
    // Our rooms unload ROOM_IDLE_MS (1.5 s in the bench) after their last device leaves; give it time.
    await new Promise((r) => setTimeout(r, 5000));
    const group = 'memory (RSS)';
    const n = (k: string) => ctx.notes.get(k) ?? NaN;
    return [
      { group, figure: 'idle', unit: 'MB', ours: n('memory.idle.ours'), reference: n('memory.idle.reference'), better: 'lower', target: 100 },
      { group, figure: '50 rooms × 15 open', unit: 'MB', ours: n('memory.open.ours'), reference: n('memory.open.reference'), better: 'lower' },
      { group, figure: 'after unload', unit: 'MB', ours: rssMb(ctx.ours.pid), reference: rssMb(ctx.reference.pid), better: 'lower', target: n('memory.idle.ours') * 1.1 },
    ];
  },
});
