import { useEffect, useState } from 'react';
import { ApiError, type AuditPage } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Tag } from '../../components/govuk/Tag.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { useT } from '../../i18n/useT.tsx';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';

/** AU4 — The newest audit entries, whether the hash chain is intact, and the full export. */
export function AuditLog() {
  const t = useT();
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<Msg | null>(null);
  useEffect(() => {
    screensApi.getLatestAudit(200).then(setPage, (e: unknown) => setError(e instanceof ApiError ? e.msg : msg('admin.audit.loadFailed')));
  }, []);

  return (
    <section aria-labelledby="audit-title" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="audit-title">{t('admin.audit.title')}</h2>
      {error ? <ErrorSummary errors={[{ field: '', message: t(error) }]} /> : null}
      {page ? (
        <>
          <p className="govuk-body">
            {page.chain.ok ? <Tag colour="green">{t('admin.audit.chainIntact')}</Tag> : <Tag colour="yellow">{t('admin.audit.chainBroken', { entry: page.chain.brokenAt ?? 0 })}</Tag>}
            <span className="govuk-!-margin-left-2">{t('admin.audit.entries', { count: page.chain.entries })}</span>
            <a className="govuk-link govuk-!-margin-left-2" href="/api/audit.csv" download>{t('admin.audit.download')}</a>
          </p>
          <Table
            caption={t('admin.audit.caption', { count: page.entries.length })}
            head={[
              { key: 'at', content: t('admin.audit.when') },
              { key: 'actor', content: t('admin.audit.who') },
              { key: 'role', content: t('admin.audit.role') },
              { key: 'action', content: t('admin.audit.action') },
              { key: 'conference', content: t('admin.audit.conference') },
              { key: 'detail', content: t('admin.audit.detail') },
            ]}
            rows={[...page.entries].reverse().map((e) => ({
              key: String(e.seq),
              // Actions and details are the log's own words, kept as written so the CSV and the screen agree.
              cells: [t('admin.audit.at', { at: e.at.replace('T', ' ').slice(0, 19) }), e.actor, e.role, e.action.replaceAll('_', ' '), e.conferenceId ?? '', e.detail],
            }))}
          />
        </>
      ) : null}
    </section>
  );
}
