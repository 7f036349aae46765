import type { EditSummary } from './sync/editAudit.ts';
import { createHash } from 'node:crypto';
import type { AuditRow, AuditStore } from './store/types.ts';

/** Actions the audit log records. Details hold ids and outcomes only, never case content. */
export type AuditAction =
  | 'login' | 'login_failed' | 'logout' | 'join' | 'join_failed' | 'invite_created' | 'invite_reissued' | 'invite_revoked'
  | 'lobby_waiting' | 'lobby_admitted' | 'lobby_refused' | 'attendee_updated' | 'attendee_removed'
  | 'conference_created' | 'conference_rescheduled' | 'conference_language_set' | 'conference_closed' | 'denied' | 'write_attempt' | 'malformed_message' | 'too_large' | 'rate_limited'
  | 'intent' | 'scores_revealed' | 'user_created' | 'retention_delete' | 'audit_viewed' | 'audit_exported'
  | 'backup_created' | 'store_restored' | 'settings_changed' | 'staff_assigned' | 'staff_unassigned'
  | 'item_restricted' | 'item_shared' | 'decision_recorded'
  | 'record_finalised' | 'record_exported' | 'record_issued' | 'record_link_revoked' | 'record_link_failed' | 'record_downloaded' | 'record_language'
  | 'amendment_requested' | 'amendment_accepted' | 'amendment_declined'
  | 'conference_children_changed' | 'progress_recorded'
  | EditSummary['action'];

/** The outcome of checking the whole chain from its first entry. */
export interface ChainCheck {
  ok: boolean;
  entries: number;
  /** Sequence number of the first entry that does not follow from the one before, or null. */
  brokenAt: number | null;
  /** The newest entry: write its hash down somewhere else to detect a rewrite of the whole chain. */
  head: { seq: number; hash: string } | null;
}

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
  constructor(private readonly store: AuditStore) {}

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

  /**
   * AU2 — Check the whole log, page by page: it must start at sequence 1 with an empty previous
   * hash, have no gaps, and every hash must follow from its entry and the one before.
   */
  static async verifyStore(store: AuditStore, pageSize = 5000): Promise<ChainCheck> {
    let prev = { seq: 0, hash: '' };
    let entries = 0;
    for (;;) {
      const rows = await store.listAudit({ afterSeq: prev.seq, limit: pageSize });
      if (rows.length === 0) break;
      for (const r of rows) {
        if (r.seq !== prev.seq + 1 || r.prevHash !== prev.hash || chainHash(prev.hash, r) !== r.hash) {
          return { ok: false, entries: entries, brokenAt: r.seq, head: null };
        }
        prev = { seq: r.seq, hash: r.hash };
        entries++;
      }
    }
    return { ok: true, entries, brokenAt: null, head: entries ? prev : null };
  }

  /** AU2 — The sequence number of the first broken entry in a run of rows, or null when intact. */
  static verify(rows: readonly AuditRow[]): number | null {
    let prev = rows[0]?.prevHash ?? '';
    for (const r of rows) {
      if (r.prevHash !== prev || chainHash(prev, r) !== r.hash) return r.seq;
      prev = r.hash;
    }
    return null;
  }
}
