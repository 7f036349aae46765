import type { Store } from '../store/types.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import type { Audit } from '../audit.ts';
import { roomNames } from '../../shared/schema/docLayout.ts';

export interface RetentionDeps {
  store: Store;
  registry: RoomRegistry;
  audit: Audit;
  /** Close every socket of a conference. */
  disconnect(conferenceId: string): void;
  retentionMs: number;
}

/**
 * RT1 — Finalised conferences are deleted for good once the retention period has passed since the
 * chair closed them; each deletion is audited (the audit entry keeps only the conference id).
 */
export class Retention {
  constructor(private readonly deps: RetentionDeps) {}

  /** Delete every conference finalised at least the retention period before `now`; returns their ids. */
  async sweep(now: number): Promise<string[]> {
    const cutoff = new Date(now - this.deps.retentionMs).toISOString();
    const due = await this.deps.store.conferencesFinalisedBefore(cutoff);
    for (const id of due) await this.delete(id);
    return due;
  }

  private async delete(conferenceId: string): Promise<void> {
    const { store, registry, audit } = this.deps;
    const rooms = roomNames(conferenceId);
    const docs = [rooms.shared, rooms.professional];
    const evict = async () => {
      this.deps.disconnect(conferenceId);
      for (const name of docs) await registry.discard(name);
    };
    // Evict before and after the delete: a room loaded in between (a chair opening the record at
    // that moment) must not survive in memory and write the document back when it unloads.
    await evict();
    await store.deleteConference(conferenceId, docs);
    await evict();
    await audit.record({ actor: 'system', role: 'system', conferenceId, action: 'retention_delete' });
  }
}
