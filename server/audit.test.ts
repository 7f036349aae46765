import { describe, expect, it } from 'vitest';
import { Audit } from './audit.ts';
import type { AuditRow, AuditStore } from './store/types.ts';

/** An audit log in memory that counts its transactions. */
function memoryStore(): AuditStore & { rows: AuditRow[]; transactions: number; failNext: boolean } {
  const s = {
    rows: [] as AuditRow[],
    transactions: 0,
    failNext: false,
    head: () => (s.rows.length ? { seq: s.rows.at(-1)!.seq, hash: s.rows.at(-1)!.hash } : { seq: 0, hash: '' }),
    async appendAudit(make: (prev: { seq: number; hash: string }) => AuditRow) {
      return (await s.appendAuditRows((prev) => [make(prev)]))[0]!;
    },
    async appendAuditRows(make: (prev: { seq: number; hash: string }) => AuditRow[]) {
      s.transactions++;
      if (s.failNext) {
        s.failNext = false;
        throw new Error('disk full');
      }
      const made = make(s.head());
      s.rows.push(...made);
      return made;
    },
    async listAudit({ afterSeq = 0, limit = 1000 }: { afterSeq?: number; limit?: number }) {
      return s.rows.filter((r) => r.seq > afterSeq).slice(0, limit);
    },
  };
  return s;
}

describe('Audit', () => {
  it('AU1: entries recorded in one turn go in one transaction, in order, chained exactly', async () => {
    const store = memoryStore();
    const audit = new Audit(store);
    await audit.record({ actor: 'a', role: 'chair', action: 'login' });
    const rows = await Promise.all(['item_added', 'item_deleted', 'step_changed'].map((action, i) =>
      audit.record({ actor: 'a', role: 'chair', conferenceId: 'c1', action: action as 'item_added', detail: `id${i}` })));
    expect(store.transactions).toBe(2);
    expect(rows.map((r) => [r.seq, r.action, r.detail])).toEqual([[2, 'item_added', 'id0'], [3, 'item_deleted', 'id1'], [4, 'step_changed', 'id2']]);
    expect(await Audit.verifyStore(store)).toMatchObject({ ok: true, entries: 4 });
  });

  it('a failed append fails every entry of its turn, and the next turn appends after the last stored entry', async () => {
    const store = memoryStore();
    const audit = new Audit(store);
    store.failNext = true;
    const failed = await Promise.allSettled([audit.record({ actor: 'a', role: 'chair', action: 'login' }), audit.record({ actor: 'b', role: 'chair', action: 'login' })]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await audit.record({ actor: 'c', role: 'chair', action: 'logout' });
    expect(store.rows.map((r) => [r.seq, r.actor])).toEqual([[1, 'c']]);
    expect(await Audit.verifyStore(store)).toMatchObject({ ok: true, entries: 1 });
  });

  it('flush appends what is waiting at once, so closing the store loses nothing', async () => {
    const store = memoryStore();
    const audit = new Audit(store);
    const pending = audit.record({ actor: 'a', role: 'chair', action: 'logout' });
    await audit.flush();
    expect(store.rows).toHaveLength(1);
    await expect(pending).resolves.toMatchObject({ seq: 1 });
  });
});
