import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { Link } from '../../components/Link.tsx';
import { Loading, Page } from '../../components/Page.tsx';
import { Tag } from '../../components/Tag.tsx';
import { paths } from '../../router.ts';
import type { DashboardRow } from '../../../shared/api/record.ts';
import { en } from '../../../shared/export/messages.en.ts';

const STATE: Record<DashboardRow['summaryDue']['state'], { label: string; colour: 'yellow' | 'blue' | 'grey' | 'green' }> = {
  overdue: { label: 'Overdue', colour: 'yellow' },
  today: { label: 'Due today', colour: 'blue' },
  upcoming: { label: 'Not due yet', colour: 'grey' },
  done: { label: 'Issued', colour: 'green' },
};

/** DB1 — The deadlines dashboard: overdue and due today first, from the server's own dates. */
export function DeadlinesPage() {
  const [rows, setRows] = useState<DashboardRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.getDashboard().then((r) => setRows(r.conferences), (e: unknown) => setError(e instanceof ApiError ? e.message : 'We could not load the deadlines.'));
  }, []);
  return (
    <Page title="Deadlines" wide>
      <h1 className="cr-heading-l">Deadlines</h1>
      <p className="cr-body">Conferences whose meeting has ended: when the written record is due, who it has gone to, and what is waiting for you.</p>
      {error ? <p className="cr-error-message">{error}</p> : null}
      {!rows && !error ? <Loading /> : null}
      {rows && rows.length === 0 ? <p className="cr-body">Nothing is due.</p> : null}
      {rows && rows.length ? (
        <table className="cr-table">
          <caption className="cr-table__caption">Records and their deadlines</caption>
          <thead>
            <tr>
              <th scope="col">Children</th>
              <th scope="col">Summary and outline plan due</th>
              <th scope="col">Issued to</th>
              <th scope="col">Requests waiting</th>
              <th scope="col">First core group by</th>
              <th scope="col">Review by</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={paths.record(r.id)}>{r.children.join(', ')}</Link>
                  <br />
                  <span className="cr-hint">Conference {en.date(r.startsAt)}{r.latestVersion ? `, version ${r.latestVersion}` : ', not finalised'}</span>
                </td>
                <td>
                  <Tag colour={STATE[r.summaryDue.state].colour}>{STATE[r.summaryDue.state].label}</Tag> {en.dueAt(r.summaryDue.date, r.summaryDue.time ?? undefined)}
                </td>
                <td>
                  {r.issued.length ? r.issued.map((i) => `${i.name}${i.firstDownloadAt ? ' (opened)' : ''}`).join(', ') : 'Nobody yet'}
                  {r.notIssued.length && r.issued.length ? <><br /><span className="cr-hint">Not yet: {r.notIssued.join(', ')}</span></> : null}
                </td>
                <td>{r.amendmentsWaiting ? <Tag colour="blue">{r.amendmentsWaiting} waiting</Tag> : 'None'}</td>
                <td>{r.coreGroupBy ? en.dayDate(r.coreGroupBy) : ''}</td>
                <td>{r.reviewBy ? en.dayDate(r.reviewBy) : 'No review (plan ended)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}
