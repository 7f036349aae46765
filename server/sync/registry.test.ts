import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SqliteStore } from '../store/sqlite.ts';
import { newId } from '../../shared/schema/ids.ts';
import { RoomRegistry } from './registry.ts';

describe('RoomRegistry', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('says when the last loaded room has unloaded, and not before (the server gives memory back then)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-registry-'));
    dirs.push(dir);
    const store = new SqliteStore(dir);
    const onEmpty = vi.fn();
    const registry = new RoomRegistry(store, { idleMs: 20, compactEvery: 100, onRoomError: (_r, err) => { throw err; }, onEmpty });
    const a = newId();
    const b = newId();
    await registry.withRoom(a, () => undefined);
    await new Promise((r) => setTimeout(r, 10));
    // b is held past a's unload: the registry is not empty when a goes.
    const held = registry.get(b);
    await vi.waitFor(() => expect(registry.isLoaded(a)).toBe(false));
    await new Promise((r) => setTimeout(r, 50));
    expect(onEmpty).not.toHaveBeenCalled();
    registry.releaseIfIdle(b, await held);
    await vi.waitFor(() => expect(onEmpty).toHaveBeenCalledTimes(1));
    expect(registry.isLoaded(b)).toBe(false);
    await store.close();
  });
});
