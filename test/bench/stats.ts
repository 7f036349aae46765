/** Percentiles and the paired comparison the bench prints. */

/** Nearest-rank percentile of an unsorted sample (NaN when empty). */
export function pct(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function median(xs: readonly number[]): number {
  return pct(xs, 50);
}

export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
}

export function summarise(xs: readonly number[]): Summary {
  return { p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99), max: xs.length ? Math.max(...xs) : NaN, n: xs.length };
}

/** Median of each field over several paired runs: a noisy run on a shared machine does not decide the figure. */
export function medianOf(runs: readonly Summary[]): Summary {
  const f = (k: keyof Summary) => median(runs.map((r) => r[k]));
  return { p50: f('p50'), p95: f('p95'), p99: f('p99'), max: f('max'), n: runs.reduce((a, r) => a + r.n, 0) };
}

export const ratio = (ours: number, ref: number): string => (Number.isFinite(ours) && Number.isFinite(ref) && ref > 0 ? `×${(ours / ref).toFixed(2)}` : '–');

export const fmt = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '–');
