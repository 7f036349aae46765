/**
 * SF1 — The store could not commit a write (disk full, database read-only, connection lost). What
 * depended on it is not acknowledged: HTTP answers 503 `storage_unavailable`, nothing is relayed.
 */
export class StorageUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('storage unavailable', cause === undefined ? undefined : { cause });
    this.name = 'StorageUnavailableError';
  }
}
