import { describe, expect, it } from 'vitest';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE, SqliteStore } from './sqlite.ts';
import { Checkpointer } from './checkpointer.ts';

const update = (n: number) => new Uint8Array(1000).fill(n % 251);

/** 300 grouped commits, the number after which the store asks for a checkpoint. */
async function commitMany(store: SqliteStore, from = 0): Promise<void> {
  for (let i = from; i < from + 300; i++) await store.appendUpdatesOfMany([{ name: 'room-a', updates: [update(i)] }, { name: 'room-b', updates: [update(i + 1)] }]);
}

describe('WAL checkpoints in a worker thread', () => {
  it('copies the committed log into the database file while the main connection goes on committing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-ckpt-'));
    const store = new SqliteStore(dir);
    const sizeBefore = statSync(join(dir, DB_FILE)).size;
    await commitMany(store);
    // The request went to the worker; commits meanwhile are not held behind it.
    await store.appendUpdates('room-a', [update(1)]);
    await store.checkpointsDone();
    // Only a checkpoint writes pages into the database file in WAL mode: the worker ran one.
    const sizeAfter = statSync(join(dir, DB_FILE)).size;
    expect(sizeAfter).toBeGreaterThan(sizeBefore + 300 * 1000);

    // With no room open the worker goes; the next commits start another.
    await store.releaseIdle();
    await commitMany(store, 300);
    await store.checkpointsDone();
    expect(statSync(join(dir, DB_FILE)).size).toBeGreaterThan(sizeAfter + 300 * 1000);
    await store.close();

    const reopened = new SqliteStore(dir);
    expect((await reopened.loadDoc('room-a')).updates).toHaveLength(601);
    expect((await reopened.loadDoc('room-b')).updates).toHaveLength(600);
    await reopened.close();
  });

  it('closes cleanly while a checkpoint is running, losing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-ckpt-'));
    const store = new SqliteStore(dir);
    await commitMany(store);
    await commitMany(store, 300);
    await store.close();
    const reopened = new SqliteStore(dir);
    expect((await reopened.loadDoc('room-a')).updates).toHaveLength(600);
    await reopened.close();
  });

  it('reports a checkpoint that cannot run, and runs the next one once it can', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-ckpt-'));
    const errors: string[] = [];
    const checkpointer = new Checkpointer(join(dir, DB_FILE), (m) => errors.push(m));
    // No database there yet: the worker cannot open it.
    checkpointer.request();
    await checkpointer.whenIdle();
    expect(errors.join('\n')).toMatch(/checkpoint worker failed/);

    errors.length = 0;
    const store = new SqliteStore(dir);
    checkpointer.request();
    await checkpointer.whenIdle();
    await checkpointer.close();
    await store.close();
    expect(errors).toEqual([]);
  });
});
