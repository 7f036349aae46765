import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attemptLimiter.ts';

describe('LM1 — the attempt limiter', () => {
  it('counts an attempt when it starts, so the eleventh at once is refused before any is checked', () => {
    const l = new AttemptLimiter(10, 60_000);
    const now = 1_000_000;
    const answers = Array.from({ length: 40 }, () => l.attempt(['ip|gwen'], now));
    expect(answers.filter((w) => w === 0)).toHaveLength(10);
    expect(answers.slice(10).every((w) => w === 60)).toBe(true);
  });

  it('a withdrawn (successful) attempt does not count; reset clears a key', () => {
    const l = new AttemptLimiter(2, 60_000);
    expect(l.attempt(['k'], 1)).toBe(0);
    l.withdraw(['k'], 1);
    expect(l.attempt(['k'], 2)).toBe(0);
    expect(l.attempt(['k'], 3)).toBe(0);
    expect(l.attempt(['k'], 4)).toBeGreaterThan(0);
    l.reset('k');
    expect(l.attempt(['k'], 5)).toBe(0);
  });

  it('allows again once the window has passed', () => {
    const l = new AttemptLimiter(1, 1000);
    expect(l.attempt(['k'], 0)).toBe(0);
    expect(l.attempt(['k'], 999)).toBe(1);
    expect(l.attempt(['k'], 1000)).toBe(0);
  });

  it('forgets old addresses: memory does not grow with the number of addresses over time', () => {
    const l = new AttemptLimiter(10, 1000, 5000);
    for (let i = 0; i < 100_000; i++) l.attempt([`10.0.${i >> 8}.${i & 255}`], i);
    // Only the addresses of the last window (1000 ms, one attempt per ms) are held.
    expect(l.size).toBeLessThanOrEqual(1001);
    const burst = new AttemptLimiter(10, 60_000, 5000);
    for (let i = 0; i < 20_000; i++) burst.attempt([`a${i}`], 0);
    expect(burst.size).toBe(5000);
  });
});
