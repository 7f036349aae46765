import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../store/types.ts';
import type { Principal } from '../../auth/sessions.ts';
import { entryBy, Audit } from '../../audit.ts';
import { csvLine } from '../csv.ts';
import { forbidden, invalid } from '../errors.ts';
import { msg } from '../../../shared/i18n/messages.ts';
import { requirePrincipal } from '../app.ts';

const query = z.object({
  afterSeq: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  /** Show the newest `latest` entries instead of paging from `afterSeq`. */
  latest: z.coerce.number().int().min(1).max(1000).optional(),
}).strict();

const COLUMNS = ['seq', 'at', 'actor', 'role', 'conferenceId', 'action', 'detail', 'prevHash', 'hash'] as const;

/** AU4 — The administrator alone reads the audit log; reading it is itself audited. */
function admin(req: FastifyRequest): Principal {
  const p = requirePrincipal(req);
  if (p.kind !== 'staff' || p.role !== 'admin') throw forbidden(msg('errors.audit.adminOnly'));
  return p;
}

export function auditRoutes(app: FastifyInstance, deps: { store: Store; audit: Audit }): void {
  const { store, audit } = deps;

  app.get('/api/audit', async (req) => {
    const p = admin(req);
    const q = query.safeParse(req.query);
    if (!q.success) throw invalid(q.error);
    const chain = await Audit.verifyStore(store);
    // Sequence numbers run 1..n without gaps (the chain check proves it), so the newest n start after entries − n.
    const afterSeq = q.data.latest ? Math.max(0, chain.entries - q.data.latest) : q.data.afterSeq;
    const entries = await store.listAudit({ afterSeq, limit: q.data.latest ?? q.data.limit });
    await audit.record(entryBy(p, 'audit_viewed', `after ${afterSeq}`));
    const last = entries[entries.length - 1];
    return { entries, nextAfterSeq: entries.length === q.data.limit && last ? last.seq : null, chain };
  });

  app.get('/api/audit.csv', async (req, reply) => {
    const p = admin(req);
    const chain = await Audit.verifyStore(store);
    // Recorded first, so the export contains its own entry.
    await audit.record(entryBy(p, 'audit_exported', chain.ok ? 'chain ok' : `chain broken at ${chain.brokenAt}`));
    let out = csvLine(COLUMNS);
    for (let after = 0; ;) {
      const rows = await store.listAudit({ afterSeq: after, limit: 5000 });
      if (rows.length === 0) break;
      for (const r of rows) out += csvLine(COLUMNS.map((c) => r[c]));
      after = rows[rows.length - 1]!.seq;
    }
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="audit-${day}.csv"`)
      .header('X-Audit-Chain', chain.ok ? 'ok' : `broken-at-${chain.brokenAt}`)
      .send(out);
  });
}
