import { url as inspectorUrl } from 'node:inspector';
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { releaseMemory } from './memory.ts';

const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;

describe('releaseMemory', () => {
  it('shrinks the young generation that a burst of surviving objects grew, and can run again', async () => {
    // Objects that survive their first collections make V8 grow the young generation (as a server's start-up does).
    let kept: { n: number }[] | null = [];
    for (let i = 0; i < 400_000; i++) kept.push({ n: i });
    const grown = newSpace();
    kept = null;
    await releaseMemory();
    const released = newSpace();
    expect(grown).toBeGreaterThan(4 * 1024 * 1024);
    expect(released).toBeLessThan(grown / 2);
    await releaseMemory(); // the session is closed each time: a second call must not hang or throw
  });

  it('opens no inspector port: the session is in-process only', async () => {
    await releaseMemory();
    expect(inspectorUrl()).toBeUndefined();
  });
});
