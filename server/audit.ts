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

/** Who did it, as the audit names them: the attendee for an invited person, else the staff user. */
export function actorOf(p: { attendeeId: string | null; userId: string | null }): string {
  return p.attendeeId ?? p.userId ?? '';
}

type Acting = { attendeeId: string | null; userId: string | null; role: string; conferenceId: string | null };

/** An entry for what a principal did in a conference (ids and outcomes in `detail`, never content). */
export function entryIn(conferenceId: string | null, p: Acting, action: AuditAction, detail?: string): AuditEntry {
  return { actor: actorOf(p), role: p.role, conferenceId, action, detail };
}

/** An entry for what a principal did, in the conference their session is for (none for staff). */
export function entryBy(p: Acting, action: AuditAction, detail?: string): AuditEntry {
  return entryIn(p.conferenceId, p, action, detail);
}

function chainHash(prevHash: string, r: Omit<AuditRow, 'hash' | 'prevHash'>): string {
  const body = JSON.stringify([r.seq, r.at, r.actor, r.role, r.conferenceId, r.action, r.detail]);
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

interface Waiting {
  entry: AuditEntry;
  at: string;
  resolve: (row: AuditRow) => void;
  reject: (err: Error) => void;
}

/**
 * AU1 — Append-only, hash-chained: changing or removing any entry breaks every hash after it.
 * Entries recorded in one event-loop turn are appended together, in the order recorded, in one
 * transaction (each chained to the one before it exactly as if appended one by one): a burst of
 * audited edits costs one write, not one each. All or none: if the append fails, each waits in vain.
 */
export class Audit {
  private waiting: Waiting[] = [];
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly store: AuditStore) {}

  record(e: AuditEntry): Promise<AuditRow> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => void this.flush());
      this.waiting.push({ entry: e, at: new Date().toISOString(), resolve, reject });
    });
  }

  /** Append what is waiting now (also before the store closes, so nothing recorded is lost). */
  flush(): Promise<void> {
    const batch = this.waiting.splice(0);
    if (batch.length === 0) return this.flushing;
    // One batch after another: a batch's head is the last entry of the batch before it.
    this.flushing = this.flushing.then(() => this.store.appendAuditRows((head) => {
      let prev = head;
      return batch.map(({ entry: e, at }) => {
        const row = {
          seq: prev.seq + 1,
          at,
          actor: e.actor,
          role: e.role,
          conferenceId: e.conferenceId ?? null,
          action: e.action,
          detail: (e.detail ?? '').slice(0, 200),
        };
        const full = { ...row, prevHash: prev.hash, hash: chainHash(prev.hash, row) };
        prev = { seq: full.seq, hash: full.hash };
        return full;
      });
    }).then(
      (rows) => batch.forEach((w, i) => w.resolve(rows[i]!)),
      (err: Error) => batch.forEach((w) => w.reject(err)),
    ));
    return this.flushing;
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
