import { describe, expect, it } from 'vitest';
import type { DashboardRow } from '../api/record.ts';
import { sortDashboard, summaryState } from './dashboard.ts';

const row = (id: string, date: string, state: DashboardRow['summaryDue']['state'], waiting = 0): DashboardRow => ({
  id, children: [id], startsAt: `${date}T10:00`, status: 'closed', summaryDue: { date, time: '17:00', state }, latestVersion: null,
  issued: [], notIssued: [], amendmentsWaiting: waiting, coreGroupBy: null, reviewBy: null,
});

describe('deadlines dashboard (DB1)', () => {
  it('DB1: the summary is overdue after its time, due today on the day, and done once issued', () => {
    expect(summaryState('2024-12-17', '17:00', '2024-12-17T16:59', false)).toBe('today');
    expect(summaryState('2024-12-17', '17:00', '2024-12-17T17:01', false)).toBe('overdue');
    expect(summaryState('2024-12-17', '17:00', '2024-12-16T12:00', false)).toBe('upcoming');
    expect(summaryState('2024-12-17', '17:00', '2024-12-20T12:00', true)).toBe('done');
  });

  it('DB1: overdue and due today come first, then requests waiting, then by due date', () => {
    const rows = [row('a', '2024-12-20', 'upcoming'), row('b', '2024-12-10', 'done', 1), row('c', '2024-12-18', 'today'), row('d', '2024-12-01', 'overdue'), row('e', '2024-12-25', 'upcoming', 2)];
    expect(sortDashboard(rows).map((r) => r.id)).toEqual(['d', 'c', 'e', 'a', 'b']);
  });
});
