import { roomNames } from '../../shared/schema/docLayout.ts';
import { draftKey, queueKey } from './localStorageKeys.ts';

/**
 * Copies of conference documents kept on this device so a chair's or note taker's edits survive
 * a reload while offline, and the participant's unsent messages. All of it is removed on sign-out
 * and when a conference is closed.
 */
const PREFIX = 'cr:';

/** The IndexedDB database name for a sync room. */
export const localCopyName = (room: string): string => PREFIX + room;


function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => resolve();
      // Another tab still has it open: it will be deleted once that tab lets go.
      req.onblocked = () => resolve();
    } catch {
      resolve();
    }
  });
}

function forgetStorage(conferenceId: string): void {
  try {
    localStorage.removeItem(queueKey(conferenceId));
    localStorage.removeItem(draftKey(conferenceId));
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** Delete this device's copies of these conferences (both documents, queued messages, drafts). */
export async function clearLocalCopies(conferenceIds: readonly string[]): Promise<void> {
  const names: string[] = [];
  for (const id of conferenceIds) {
    const rooms = roomNames(id);
    names.push(localCopyName(rooms.shared), localCopyName(rooms.professional));
    forgetStorage(id);
  }
  await Promise.all(names.map(deleteDatabase));
}

/** Delete every conference copy on this device, including ones this session does not list. */
export async function clearAllLocalCopies(): Promise<void> {
  const ids = new Set<string>();
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const m = /^cr:(?:intents|draft):([a-z0-9]+)$/.exec(localStorage.key(i) ?? '');
      if (m?.[1]) ids.add(m[1]);
    }
  } catch {
    // Storage disabled.
  }
  const names: string[] = [];
  if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
    try {
      for (const db of await indexedDB.databases()) if (db.name?.startsWith(PREFIX)) names.push(db.name);
    } catch {
      // Listing is not allowed in this browser mode; fall through to the known ids.
    }
  }
  await Promise.all([clearLocalCopies([...ids]), ...names.map(deleteDatabase)]);
}
