import type { DashboardRow } from '../api/record.ts';

/** 'YYYY-MM-DDTHH:MM' in UK local time, comparable as text. */
export type LocalDateTime = string;

/**
 * DB1 — Where a written summary stands: done once the record has been issued; otherwise overdue
 * after its due date and time, due today on the day, upcoming before.
 */
export function summaryState(due: string, time: string | null, now: LocalDateTime, issued: boolean): DashboardRow['summaryDue']['state'] {
  if (issued) return 'done';
  const deadline = `${due}T${time ?? '23:59'}`;
  if (now > deadline) return 'overdue';
  return now.slice(0, 10) === due ? 'today' : 'upcoming';
}

const RANK: Record<DashboardRow['summaryDue']['state'], number> = { overdue: 0, today: 1, upcoming: 2, done: 3 };

/** DB1 — Overdue first, then due today, then the rest by due date; conferences with requests waiting come before others of the same state. */
export function sortDashboard(rows: readonly DashboardRow[]): DashboardRow[] {
  return [...rows].sort((a, b) =>
    RANK[a.summaryDue.state] - RANK[b.summaryDue.state]
    || Number(b.amendmentsWaiting > 0) - Number(a.amendmentsWaiting > 0)
    || `${a.summaryDue.date}T${a.summaryDue.time ?? ''}`.localeCompare(`${b.summaryDue.date}T${b.summaryDue.time ?? ''}`));
}
