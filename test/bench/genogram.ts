import { layoutGenogram } from '../../shared/genogram/layout.ts';
import { syntheticFamily } from '../../shared/genogram/families.ts';

/**
 * Genogram layout speed (issue 10: a 25-person, three-generation family well under 50 ms), and a
 * 60-person family for headroom. Median of repeated runs after a warm-up, in milliseconds.
 */
export function benchGenogramLayout(): { size: number; medianMs: number }[] {
  return [25, 60].map((size) => {
    const f = syntheticFamily(size, 7, 3);
    for (let i = 0; i < 20; i++) layoutGenogram(f.people, f.relationships);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      layoutGenogram(f.people, f.relationships);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const medianMs = times[Math.floor(times.length / 2)]!;
    return { size, medianMs };
  });
}
