import { createHash } from 'node:crypto';
import type { AuditRow, Store } from './store/types.ts';

/** Actions the audit log records. Details hold ids and outcomes only, never case content. */
export type AuditAction =
  | 'login' | 'login_failed' | 'logout' | 'join' | 'join_failed' | 'invite_created' | 'invite_reissued' | 'invite_revoked'
  | 'conference_created' | 'conference_closed' | 'denied' | 'write_attempt' | 'malformed_message' | 'rate_limited'
  | 'intent' | 'scores_revealed' | 'user_created';

export interface AuditEntry {
  actor: string;
  role: string;
  conferenceId?: string | null;
  action: AuditAction;
  detail?: string;
}

function chainHash(prevHash: string, r: Omit<AuditRow, 'hash' | 'prevHash'>): string {
  const body = JSON.stringify([r.seq, r.at, r.actor, r.role, r.conferenceId, r.action, r.detail]);
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/** AU1 — Append-only, hash-chained: changing or removing any entry breaks every hash after it. */
export class Audit {
  constructor(private readonly store: Store) {}

  record(e: AuditEntry): Promise<AuditRow> {
    return this.store.appendAudit((prev) => {
      const row = {
        seq: prev.seq + 1,
        at: new Date().toISOString(),
        actor: e.actor,
        role: e.role,
        conferenceId: e.conferenceId ?? null,
        action: e.action,
        detail: (e.detail ?? '').slice(0, 200),
      };
      return { ...row, prevHash: prev.hash, hash: chainHash(prev.hash, row) };
    });
  }

  /** AU2 — The sequence number of the first broken entry, or null when the chain is intact. */
  static verify(rows: readonly AuditRow[]): number | null {
    let prev = rows[0]?.prevHash ?? '';
    for (const r of rows) {
      if (r.prevHash !== prev || chainHash(prev, r) !== r.hash) return r.seq;
      prev = r.hash;
    }
    return null;
  }
}
