import { useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { Banner } from '../../components/Banner.tsx';
import type { IssuedLink, RecordState } from '../../../shared/api/record.ts';
import { en } from '../../../shared/export/messages.en.ts';
import type { Edition } from '../../../shared/export/types.ts';
import { formatInstant } from './formatInstant.ts';

/**
 * IS1 — Issue the record: a personal link for each person (apologies and report-only people
 * too); family roles get the family copy and the letter, professionals the full record. Each link
 * is shown once, to send on; the table shows who it was issued to and when they first opened it.
 */
export function IssuePanel({ conferenceId, state, onChanged }: { conferenceId: string; state: RecordState; onChanged: () => Promise<void> }) {
  const [fresh, setFresh] = useState<IssuedLink[]>([]);
  const [error, setError] = useState<string | null>(null);
  const issue = async () => {
    try {
      const { links } = await api.issueRecord(conferenceId);
      setFresh(links);
      setError(null);
      await onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'We could not issue the record.');
    }
  };
  const active = state.links.filter((l) => !l.revoked);
  const editions = (list: readonly Edition[]) => list.map((e) => en.titles[e]).join('; ');
  return (
    <section className="cr-section" aria-labelledby="issue-title">
      <h2 className="cr-heading-m" id="issue-title">
        Issue the record
      </h2>
      {fresh.length ? (
        <Banner title={`${fresh.length} record ${fresh.length === 1 ? 'link' : 'links'} made`} success role="status">
          <p className="cr-body">Send each person their own link now. They are shown only once.</p>
          <ul className="cr-list">
            {fresh.map((l) => (
              <li key={l.id}>
                <strong>{l.name}</strong>: <code className="cr-record-link">{`${window.location.origin}${l.url}`}</code>
              </li>
            ))}
          </ul>
        </Banner>
      ) : null}
      {error ? <p className="cr-error-message" role="alert">{error}</p> : null}
      <button type="button" className="cr-button" onClick={() => void issue()}>
        {active.length ? 'Issue to everyone not issued yet' : 'Issue the record to everyone'}
      </button>
      {state.links.length ? (
        <table className="cr-table">
          <caption className="cr-table__caption">Issued to</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Documents</th>
              <th scope="col">Issued</th>
              <th scope="col">First opened</th>
            </tr>
          </thead>
          <tbody>
            {state.links.map((l) => (
              <tr key={l.id}>
                <td>{l.name}{l.attendance !== 'present' ? ` (${l.attendance === 'apologies' ? 'sent apologies' : 'report only'})` : ''}</td>
                <td>{editions(l.editions)}</td>
                <td>{formatInstant(l.issuedAt)}{l.revoked ? ' (withdrawn)' : ''}</td>
                <td>{l.firstDownloadAt ? formatInstant(l.firstDownloadAt) : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
