import { useEffect, useState } from 'react';
import { ApiError, api, type AuditPage } from '../../api.ts';
import { Banner } from '../../components/Banner.tsx';
import { Tag } from '../../components/Tag.tsx';

/** AU4 — The newest audit entries, whether the hash chain is intact, and the full export. */
export function AuditLog() {
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.getLatestAudit(200).then(setPage, (e: unknown) => setError(e instanceof ApiError ? e.message : 'We could not load the audit log.'));
  }, []);

  return (
    <section aria-labelledby="audit-title" className="cr-section">
      <h2 className="cr-heading-m" id="audit-title">Audit log</h2>
      {error ? <Banner title="There is a problem"><p className="cr-body">{error}</p></Banner> : null}
      {page ? (
        <>
          <p className="cr-body">
            {page.chain.ok ? <Tag colour="green">Chain intact</Tag> : <Tag colour="yellow">Chain broken at entry {page.chain.brokenAt}</Tag>} {page.chain.entries} entries.{' '}
            <a className="cr-link" href="/api/audit.csv" download>Download the whole log (CSV)</a>
          </p>
          <table className="cr-table">
            <caption className="cr-table__caption">The newest {page.entries.length} entries, newest first</caption>
            <thead>
              <tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Role</th><th scope="col">Action</th><th scope="col">Conference</th><th scope="col">Detail</th></tr>
            </thead>
            <tbody>
              {[...page.entries].reverse().map((e) => (
                <tr key={e.seq}>
                  <td>{e.at.replace('T', ' ').slice(0, 19)} UTC</td><td>{e.actor}</td><td>{e.role}</td><td>{e.action.replaceAll('_', ' ')}</td><td>{e.conferenceId ?? ''}</td><td>{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
