import { useEffect, useState } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Select } from '../../components/fields.tsx';
import { useT } from '../../i18n/useT.tsx';
import type { VersionSummary } from '../../../shared/api/record.ts';
import type { ConferenceLanguage } from '../../../shared/i18n/locale.ts';
import type { Msg } from '../../../shared/i18n/messages.ts';
import { EDITIONS, type DocumentOutline, type Edition } from '../../../shared/export/types.ts';
import { OutlineView } from './OutlineView.tsx';
import { RECORD_LANGUAGES } from './recordLanguage.ts';

/**
 * EX9 — Preview each document (the outline the server writes the .docx from, as HTML) and
 * download the .docx: the server builds the file, so it is the same file whoever downloads it.
 * EX6 — The record's language is chosen here for the conference: Welsh, English or both.
 */
export function DocumentsPanel({ conferenceId, versions, language, onChanged }: {
  conferenceId: string; versions: readonly VersionSummary[]; language: ConferenceLanguage; onChanged: () => Promise<void>;
}) {
  const t = useT();
  const [edition, setEdition] = useState<Edition>('full');
  const latest = versions.at(-1)?.version;
  const [version, setVersion] = useState<number | undefined>(latest);
  useEffect(() => setVersion(latest), [latest]);
  const [outline, setOutline] = useState<DocumentOutline | null>(null);
  const [error, setError] = useState<Msg | null>(null);
  useEffect(() => {
    let live = true;
    setOutline(null);
    screensApi
      .getOutline(conferenceId, { edition, language, ...(version ? { version } : {}) })
      .then((r) => live && (setOutline(r.outline), setError(null)))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e.msg : { id: 'record.documents.loadFailed' }));
    return () => {
      live = false;
    };
  }, [conferenceId, edition, version, language]);

  const chooseLanguage = async (next: ConferenceLanguage) => {
    try {
      await screensApi.setRecordLanguage(conferenceId, next);
      await onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.msg : { id: 'errors.generic' });
    }
  };

  const href = screensApi.exportUrl(conferenceId, { edition, language, ...(version ? { version } : {}) });
  return (
    <section className="cr-section" aria-labelledby="documents-title">
      <h2 className="govuk-heading-m" id="documents-title">
        {t('record.documents.title')}
      </h2>
      <Select id="record-language" label={t('record.documents.language')} hint={t('record.documents.languageHint')} value={language} onChange={(e) => void chooseLanguage(e.target.value as ConferenceLanguage)}>
        {RECORD_LANGUAGES.map((l) => (
          <option key={l.value} value={l.value}>
            {t(l.label)}
          </option>
        ))}
      </Select>
      <div className="cr-record-controls">
        <Select id="record-edition" label={t('record.documents.document')} value={edition} onChange={(e) => setEdition(e.target.value as Edition)}>
          {EDITIONS.map((e) => (
            <option key={e} value={e}>
              {t(`export.title.${e}`)}
            </option>
          ))}
        </Select>
        {versions.length ? (
          <Select id="record-version" label={t('record.documents.version')} value={String(version ?? '')} onChange={(e) => setVersion(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {t('record.documents.versionOption', { version: v.version })}
              </option>
            ))}
          </Select>
        ) : null}
      </div>
      <div>
        {/* GOV.UK's own markup for a link drawn as a button. */}
        <a className="govuk-button govuk-button--secondary" role="button" draggable={false} data-module="govuk-button" href={href} download>
          {t('record.documents.download', { title: t(`export.title.${edition}`), draft: versions.length ? 'no' : 'yes' })}
        </a>
      </div>
      {error ? <p className="govuk-error-message">{t(error)}</p> : null}
      {outline ? <OutlineView outline={outline} /> : error ? null : <p className="govuk-body">{t('record.documents.loading')}</p>}
    </section>
  );
}
