import { registerMeasurement } from '../registry.ts';
import { benchGenogramLayout } from '../genogram.ts';

/** Issue 10: the genogram layout of a 25-person, three-generation family, well under 50 ms (in this process: it is pure). */
registerMeasurement({
  name: 'genogram',
  run: async () =>
    benchGenogramLayout().map(({ size, medianMs }) => ({
      group: 'genogram layout',
      figure: `${size} people, 3 generations`,
      unit: 'ms',
      ours: medianMs,
      reference: null,
      better: 'lower' as const,
      ...(size === 25 ? { target: 50 } : {}),
    })),
});
