import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MSG_STORAGE_STATUS, STORAGE_NOT_SAVING, STORAGE_SAVING } from '../../shared/schema/syncStatus.ts';

/** y-websocket message types (the first varUint of every frame). */
export const MSG_SYNC = 0;
export const MSG_AWARENESS = 1;
export const MSG_QUERY_AWARENESS = 3;

/** y-protocols sync sub-types. */
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export function syncStep1(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_SYNC);
  encoding.writeVarUint(e, SYNC_STEP1);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  return encoding.toUint8Array(e);
}

export function syncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_SYNC);
  encoding.writeVarUint(e, SYNC_STEP2);
  encoding.writeVarUint8Array(e, encodeIntegratedState(doc, stateVector));
  return encoding.toUint8Array(e);
}

/**
 * `Y.encodeStateAsUpdate` without the document's pending structs and deletions. Yjs adds those to
 * the answer, but they are updates that arrived before what they depend on (a writer's edit racing
 * its own reconnect sync): never integrated, so never in an 'update' event, so never stored. Sent
 * to a reader, they came back in its next sync step 2 and closed it as a write attempt (4403).
 */
export function encodeIntegratedState(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const store = doc.store;
  const { pendingStructs, pendingDs } = store;
  if (!pendingStructs && !pendingDs) return Y.encodeStateAsUpdate(doc, stateVector);
  store.pendingStructs = null;
  store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    store.pendingStructs = pendingStructs;
    store.pendingDs = pendingDs;
  }
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_SYNC);
  encoding.writeVarUint(e, SYNC_UPDATE);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** SF2 — Tell a writer whether its edits are being saved (shared/schema/syncStatus.ts). */
export function storageStatusMessage(saving: boolean): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_STORAGE_STATUS);
  encoding.writeVarUint(e, saving ? STORAGE_SAVING : STORAGE_NOT_SAVING);
  return encoding.toUint8Array(e);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/**
 * Whether an update would change the document: new structs, or deletions of items the document
 * does not already hold as deleted. A read-only client's sync step 2 is normally empty; anything
 * more is a write attempt.
 *
 * Deletions are compared range against range, never clock by clock: a hostile range of length
 * 2^50 must cost one comparison, not hang the process.
 */
export function changesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const theirs = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update));
  const ours = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of theirs) if (clock > (ours.get(client) ?? 0)) return true;
  const { ds } = Y.decodeUpdate(update);
  if (ds.clients.size === 0) return false;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const known = deleted.clients.get(client) ?? [];
    for (const r of ranges) {
      // A deletion of something the server never had is harmless but still not a read-only act.
      if (r.clock + r.len > (ours.get(client) ?? 0)) return true;
      if (!covered(known, r.clock, r.clock + r.len)) return true;
    }
  }
  return false;
}

/**
 * Whether [start, end) lies inside one of `ranges`. Yjs builds them sorted and merged (two deleted
 * runs are always split by a live struct), so one range must hold it all; binary search keeps a
 * frame of a million tiny ranges cheap.
 */
function covered(ranges: readonly { clock: number; len: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.clock <= start) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const r = ranges[found];
  return r !== undefined && r.clock + r.len >= end;
}
