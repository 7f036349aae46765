import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/types.ts';
import type { VersionMeta } from '../../services/record.ts';
import type { DashboardRow } from '../../../shared/api/record.ts';
import { computeDeadlines } from '../../../shared/rules/deadlines.ts';
import { conferenceLocalDate } from '../../../shared/rules/workingDays.ts';
import { editionsFor } from '../../../shared/rules/record.ts';
import { sortDashboard, summaryState } from '../../../shared/rules/dashboard.ts';
import { policyOf } from '../../../shared/schema/settings.ts';
import type { Jurisdiction } from '../../../shared/rules/jurisdiction.ts';
import { caseStaff } from '../guards.ts';
import { councilSettings } from './settings.ts';

/** Now in UK local time as 'YYYY-MM-DDTHH:MM', comparable with due dates and times. */
function londonNow(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/**
 * DB1 — The deadlines dashboard for chairs and note takers: each of their conferences whose meeting has
 * ended, with its summary due (date and time), who the record was issued to and who not yet,
 * requests to change it waiting, the first core group and the review. Dates come from the latest
 * finalised version (with the chair's changes); before that, from the council's timescales.
 */
export function dashboardRoutes(app: FastifyInstance, deps: { store: Store }): void {
  const { store } = deps;
  app.get('/api/dashboard', async (req) => {
    const p = caseStaff(req);
    const policy = policyOf(await councilSettings(store));
    const now = londonNow();
    const rows: DashboardRow[] = [];
    // CS4 — Only the conferences this member of staff is assigned to.
    for (const c of await store.conferencesOfStaff(p.userId ?? '')) {
      if (c.status === 'open') continue;
      const latest = (await store.recordVersions(c.id)).at(-1) ?? null;
      const meta = latest ? (JSON.parse(latest.metaJson) as VersionMeta) : null;
      const deadlines = meta?.deadlines ?? computeDeadlines({ date: conferenceLocalDate(c.startsAt), startTime: c.startsAt.slice(11, 16), type: c.type, jurisdiction: c.jurisdiction as Jurisdiction }, policy);
      const due = (id: string) => deadlines.find((d) => d.ruleId === id) ?? null;
      const links = (await store.recordLinksOf(c.id)).filter((l) => !l.revokedAt);
      const attendees = (await store.attendeesOf(c.id)).filter((a) => editionsFor(a.role).length > 0);
      const byId = new Map(attendees.map((a) => [a.id, a]));
      const wd1 = due('WD1')!;
      rows.push({
        id: c.id,
        children: (JSON.parse(c.childrenJson) as { name: string }[]).map((ch) => ch.name),
        startsAt: c.startsAt,
        status: c.status,
        summaryDue: { date: wd1.due, time: wd1.dueTime ?? null, state: summaryState(wd1.due, wd1.dueTime ?? null, now, links.length > 0) },
        latestVersion: latest?.version ?? null,
        issued: links.map((l) => ({ name: byId.get(l.attendeeId)?.name ?? '', role: byId.get(l.attendeeId)?.role ?? '', issuedAt: l.issuedAt, firstDownloadAt: l.firstDownloadAt })),
        notIssued: attendees.filter((a) => !links.some((l) => l.attendeeId === a.id)).map((a) => a.name),
        amendmentsWaiting: (await store.amendmentsOf(c.id)).filter((a) => a.status === 'waiting').length,
        coreGroupBy: due('WD2')?.due ?? null,
        reviewBy: due('WD3')?.due ?? null,
      });
    }
    return { conferences: sortDashboard(rows) };
  });
}
