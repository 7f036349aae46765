import { Session } from 'node:inspector/promises';

/**
 * Give memory back to the system: V8's low-memory collection, the one a browser runs when the
 * system is short of memory. It repeats full collections until nothing more is freed, shrinks the
 * young generation to its smallest and returns V8's pooled pages. A plain full collection (`gc()`
 * with --expose-gc, used here before) keeps the young generation's pages committed and resident.
 * The inspector's HeapProfiler.collectGarbage is how JavaScript asks for it; the session is
 * in-process (no port is opened) and closed again at once.
 *
 * Run once the server has started (everything made while starting survives, so V8 grew the young
 * generation for it) and when the last room unloads, while nobody is connected to feel the pause.
 * Measured in the bench: 81–87 MB at idle instead of 90–93, 90–94 after fifty meetings unload
 * instead of 103–107 (docs/performance.md, 2026-12-01 14:00).
 * Never rejects: memory not given back is no reason to fail; without the inspector it does nothing.
 */
export async function releaseMemory(): Promise<void> {
  let session: Session;
  try {
    session = new Session();
    session.connect();
  } catch {
    return; // Node built without the inspector
  }
  try {
    await session.post('HeapProfiler.collectGarbage');
  } catch {
    // Nothing is lost: the memory stays with V8 until it collects on its own.
  } finally {
    // Not from inside the inspector's own callback: Node 20 then never returns from disconnect.
    session.disconnect();
  }
}
