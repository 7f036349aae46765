import type { Store } from '../../server/store/types.ts';

/** Every Store method that writes: these fail while the "disk is full". Reads keep working, as they do on a full disk. */
const WRITES = [
  'createUser', 'createSession', 'touchSession', 'deleteSession', 'deleteSessionsFor', 'expireSessions', 'touchSessions',
  'createConference', 'setConferenceStatus', 'setConferenceLanguage', 'deleteConference', 'createAttendee', 'updateAttendee', 'bindDevice',
  'createLobbyEntry', 'decideLobby', 'appendUpdates', 'appendUpdatesOfMany', 'compact', 'saveIntentAnswer', 'upsertScore', 'putSetting',
  'appendAudit', 'appendAuditRows', 'checkWritable',
] as const satisfies readonly (keyof Store)[];

/**
 * Fault injection for tests: wraps a running server's store so its writes fail on demand, the
 * way SQLite fails when the disk is full (SQLITE_FULL). `failures` counts refused writes.
 */
export function failingWrites(store: Store): { failing: boolean; failures: number; restore(): void } {
  const originals = new Map<string, unknown>();
  const control = {
    failing: false,
    failures: 0,
    restore() {
      for (const [name, fn] of originals) (store as unknown as Record<string, unknown>)[name] = fn;
    },
  };
  for (const name of WRITES) {
    if (!store[name]) continue; // an optional method this store does without
    const original = (store[name] as (...args: unknown[]) => Promise<unknown>).bind(store);
    originals.set(name, store[name]);
    (store as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      if (control.failing) {
        control.failures++;
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      }
      return original(...args);
    };
  }
  return control;
}
