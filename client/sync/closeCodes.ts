/**
 * What the client does when the server closes the sync socket for good (docs/api.md).
 * 4400–4499 are final for y-websocket: it will not reconnect by itself.
 */
export type FinalState = 'session' | 'removed' | 'closed' | 'reload' | 'reload_later';

export function finalFor(code: number): FinalState {
  switch (code) {
    case 4401:
      return 'session';
    case 4408:
      return 'removed';
    case 4409:
      // The conference was closed: staff reload and reconnect read-only, without local copies.
      return 'closed';
    case 4429:
      return 'reload_later';
    case 4450:
      // SF2: the server cannot save and holds too much already; edits stay on this device.
      return 'reload_later';
    default:
      // 4400 malformed, 4403 a read-only connection wrote, 4413 too large, and anything else final.
      return 'reload';
  }
}

/** How long to show the message before reloading from the server. */
export function reloadDelayMs(state: FinalState): number | null {
  if (state === 'reload' || state === 'closed') return 3000;
  if (state === 'reload_later') return 15000;
  return null;
}
