import { describe, expect, it } from 'vitest';
import { LogCursor } from './logCursor.ts';

describe('LogCursor', () => {
  it('advances over contiguous ranges and holds a gap until it is filled', () => {
    const c = new LogCursor(4, true);
    c.mark(5, 6);
    expect(c.position).toBe(6);
    c.mark(9, 9);
    c.mark(8, 8);
    expect([c.position, c.hasGap, c.highest]).toEqual([6, true, 9]);
    c.mark(7, 7);
    expect([c.position, c.hasGap]).toEqual([9, false]);
  });

  it('jumps to a position read from the store and keeps what lies beyond it', () => {
    const c = new LogCursor(0, true);
    c.mark(3, 3);
    c.mark(10, 11);
    c.reachedAtLeast(9);
    expect([c.position, c.hasGap]).toEqual([11, false]);
    c.mark(2, 5); // already applied: no change
    expect(c.position).toBe(11);
  });

  it('without contiguous positions (one SQLite instance) takes the highest seen', () => {
    const c = new LogCursor(0, false);
    c.mark(3, 4);
    c.mark(9, 9);
    expect([c.position, c.hasGap]).toEqual([9, false]);
  });
});
