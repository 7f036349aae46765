import { describe, expect, it } from 'vitest';
import { CONTINUED_NOTE, layoutFrames, type Measured } from './pageLayout.ts';

/** An entry of `n` lines of 40px each. */
const para = (n: number, keepWithNext = false): Measured => ({
  height: n * 40,
  lines: Array.from({ length: n }, (_, i) => [i * 40, i * 40 + 40] as const),
  keepWithNext,
});

describe('PJ2 projector frames', () => {
  it('puts short entries together until the frame is full, whole', () => {
    const frames = layoutFrames([para(3), para(3), para(3)], 300, 20);
    expect(frames.map((f) => f.map((p) => p.index))).toEqual([[0, 1], [2]]);
  });

  it('cuts an entry taller than a frame between lines and continues it, so nothing is ever cut off', () => {
    const frames = layoutFrames([para(20)], 400, 20);
    const slices = frames.map((f) => f[0]!.slice!);
    expect(slices[0]).toMatchObject({ from: 0, first: true, last: false });
    // Every line is shown once, whole, in order.
    for (let i = 1; i < slices.length; i++) expect(slices[i]!.from).toBe(slices[i - 1]!.to);
    expect(slices[slices.length - 1]).toMatchObject({ to: 800, last: true });
    for (const s of slices) {
      expect(s.from % 40).toBe(0);
      expect(s.to % 40).toBe(0);
      const notes = (s.first ? 0 : CONTINUED_NOTE) + (s.last ? 0 : CONTINUED_NOTE);
      expect(s.to - s.from + notes).toBeLessThanOrEqual(400);
    }
  });

  it('keeps a heading with the entry it introduces, tall or not', () => {
    const frames = layoutFrames([para(8), para(1, true), para(20)], 400, 20);
    expect(frames[0]!.map((p) => p.index)).toEqual([0]);
    expect(frames[1]!.map((p) => p.index)).toEqual([1, 2]);
    expect(frames[1]![1]!.slice!.first).toBe(true);
  });

  it('starts a long entry under short ones when a good part of the frame is left, and what follows goes on after it', () => {
    const frames = layoutFrames([para(2), para(20), para(2)], 600, 20);
    expect(frames[0]!.map((p) => p.index)).toEqual([0, 1]);
    const last = frames[frames.length - 1]!;
    expect(last.map((p) => p.index)).toEqual([1, 2]);
  });
});
