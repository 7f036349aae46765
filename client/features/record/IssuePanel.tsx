import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Banner } from '../../components/Banner.tsx';
import { T, useFormat, useT } from '../../i18n/useT.tsx';
import type { IssuedLink, LinkSummary, RecordState } from '../../../shared/api/record.ts';
import type { ConferenceLanguage } from '../../../shared/i18n/locale.ts';
import type { Msg } from '../../../shared/i18n/messages.ts';
import type { Edition } from '../../../shared/export/types.ts';
import { RECORD_LANGUAGES, recordLanguageLabel } from './recordLanguage.ts';

/**
 * IS1 — Issue the record: a personal link for each person (apologies and report-only people
 * too); family roles get the family copy and the letter, professionals the full record. Each link
 * is shown once, to send on; the table shows who it was issued to and when they first opened it,
 * and the language of each person's copy (EX6), which the chair may set and the person may change.
 */
export function IssuePanel({ conferenceId, state, onChanged }: { conferenceId: string; state: RecordState; onChanged: () => Promise<void> }) {
  const t = useT();
  const f = useFormat();
  const [fresh, setFresh] = useState<IssuedLink[]>([]);
  const [error, setError] = useState<Msg | null>(null);
  const issue = async () => {
    try {
      const { links } = await screensApi.issueRecord(conferenceId);
      setFresh(links);
      setError(null);
      await onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.msg : { id: 'record.issue.failed' });
    }
  };
  const setLanguage = async (l: LinkSummary, value: string) => {
    try {
      await screensApi.setRecordLinkLanguage(conferenceId, l.id, value ? (value as ConferenceLanguage) : null);
      await onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.msg : { id: 'errors.generic' });
    }
  };
  const active = state.links.filter((l) => !l.revoked);
  const editions = (list: readonly Edition[]) => list.map((e) => t(`export.title.${e}`)).join('; ');
  return (
    <section className="cr-section" aria-labelledby="issue-title">
      <h2 className="govuk-heading-m" id="issue-title">
        {t('record.issue.title')}
      </h2>
      {fresh.length ? (
        <Banner title={t('record.issue.made', { count: fresh.length })} success role="status">
          <p className="govuk-body">{t('record.issue.sendNow')}</p>
          <ul className="govuk-list govuk-list--bullet">
            {fresh.map((l) => (
              <li key={l.id}>
                <T id="record.issue.linkFor" values={{ name: l.name, url: <code className="cr-record-link">{new URL(l.url, window.location.origin).href}</code>, b: (chunks) => <strong>{chunks}</strong> }} />
              </li>
            ))}
          </ul>
        </Banner>
      ) : null}
      {error ? <p className="govuk-error-message" role="alert">{t(error)}</p> : null}
      <button type="button" className="govuk-button" onClick={() => void issue()}>
        {active.length ? t('record.issue.toRest') : t('record.issue.toAll')}
      </button>
      {state.links.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{t('record.issue.caption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">{t('record.issue.header.name')}</th>
              <th className="govuk-table__header" scope="col">{t('record.issue.header.documents')}</th>
              <th className="govuk-table__header" scope="col">{t('record.issue.header.language')}</th>
              <th className="govuk-table__header" scope="col">{t('record.issue.header.issued')}</th>
              <th className="govuk-table__header" scope="col">{t('record.issue.header.opened')}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {state.links.map((l) => (
              <tr className="govuk-table__row" key={l.id}>
                <td className="govuk-table__cell">{l.attendance === 'apologies' || l.attendance === 'report_only' ? t('record.issue.away', { name: l.name, attendance: l.attendance }) : l.name}</td>
                <td className="govuk-table__cell">{editions(l.editions)}</td>
                <td className="govuk-table__cell">
                  <select
                    className="govuk-select"
                    aria-label={t('record.issue.languageFor', { name: l.name })}
                    value={l.language ?? ''}
                    disabled={l.revoked}
                    onChange={(e) => void setLanguage(l, e.target.value)}
                  >
                    <option value="">{t('record.language.conference', { language: t(recordLanguageLabel(state.language)) })}</option>
                    {RECORD_LANGUAGES.map((x) => (
                      <option key={x.value} value={x.value}>
                        {t(x.label)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="govuk-table__cell">{l.revoked ? t('record.issue.withdrawn', { when: f.instant(l.issuedAt) }) : f.instant(l.issuedAt)}</td>
                <td className="govuk-table__cell">{l.firstDownloadAt ? f.instant(l.firstDownloadAt) : t('record.issue.notYet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
