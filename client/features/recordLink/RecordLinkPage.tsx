import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Radios } from '../../components/fields.tsx';
import { Loading, MessagePage, Page } from '../../components/Page.tsx';
import { T, useFormat, useT } from '../../i18n/useT.tsx';
import type { RecordLinkView } from '../../../shared/api/record.ts';
import { conferenceKind } from '../../../shared/rules/conferenceKind.ts';
import type { ConferenceType } from '../../../shared/schema/conference.ts';
import type { ConferenceLanguage } from '../../../shared/i18n/locale.ts';
import type { Msg } from '../../../shared/i18n/messages.ts';
import type { Jurisdiction } from '../../../shared/rules/jurisdiction.ts';
import { RECORD_LANGUAGES } from '../record/recordLanguage.ts';
import { AmendmentForm } from './AmendmentForm.tsx';

/**
 * IS2 — The page a personal record link opens. The token is in the fragment (never sent in a URL
 * or Referer); it is read, then removed from the address bar, and sent only in request bodies.
 * EX6 — The person chooses the language of their copy: Welsh, English, or both.
 */
export function RecordLinkPage() {
  const t = useT();
  const f = useFormat();
  const token = useRef<string>('');
  const [view, setView] = useState<RecordLinkView | null>(null);
  const [error, setError] = useState<Msg | null>(null);
  const [downloadError, setDownloadError] = useState<Msg | null>(null);

  const load = async () => {
    try {
      setView(await screensApi.openRecordLink(token.current));
    } catch (e) {
      setError(e instanceof ApiError ? e.msg : { id: 'errors.network' });
    }
  };
  useEffect(() => {
    if (token.current) return;
    token.current = window.location.hash.replace(/^#/, '');
    window.history.replaceState(null, '', window.location.pathname);
    if (!token.current) setError({ id: 'recordLink.incomplete' });
    else void load();
  }, []);

  if (error) {
    return (
      <MessagePage title={t('recordLink.openFailed')}>
        <p className="govuk-body">{t(error)}</p>
      </MessagePage>
    );
  }
  if (!view) return <Loading label={t('recordLink.opening')} />;
  const c = view.conference;
  const download = (edition: RecordLinkView['editions'][number]) => {
    setDownloadError(null);
    screensApi.downloadByLink(token.current, edition).catch((e: unknown) => setDownloadError(e instanceof ApiError ? e.msg : { id: 'recordLink.downloadFailed' }));
  };
  const chooseLanguage = (language: ConferenceLanguage) => {
    setView({ ...view, language });
    screensApi.chooseMyRecordLanguage(token.current, language).catch((e: unknown) => setDownloadError(e instanceof ApiError ? e.msg : { id: 'errors.generic' }));
  };
  return (
    <Page title={t('recordLink.title')}>
      <span className="govuk-caption-l">{c.children.join(', ')}</span>
      <h1 className="govuk-heading-l">{t('recordLink.title')}</h1>
      <p className="govuk-body">
        {t('recordLink.hello', { name: view.attendee.name, kind: conferenceKind(c.type as ConferenceType, c.jurisdiction as Jurisdiction), date: f.date(c.startsAt), version: view.version })}
      </p>
      <h2 className="govuk-heading-m">{t('recordLink.download')}</h2>
      <Radios
        id="record-language"
        legend={t('recordLink.language')}
        options={RECORD_LANGUAGES.map((l) => ({ value: l.value, label: t(l.label) }))}
        value={view.language}
        onChange={chooseLanguage}
      />
      {downloadError ? <p className="govuk-error-message" role="alert">{t(downloadError)}</p> : null}
      <ul className="govuk-list">
        {view.editions.map((e) => (
          <li key={e}>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => download(e)}>
              {t('recordLink.downloadButton', { title: t(`export.title.${e}`) })}
            </button>
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">{t('recordLink.rights')}</h2>
      <p className="govuk-body">{t('export.familyNote.changes', { date: f.dayDate(view.amendBy) })}</p>
      <p className="govuk-body">{t('export.familyNote.appeal', { date: f.dayDate(view.appealBy) })}</p>
      <AmendmentForm token={() => token.current} onSent={load} />
      {view.amendments.length ? (
        <>
          <h2 className="govuk-heading-m">{t('recordLink.asked')}</h2>
          {view.amendments.map((a) => (
            <div className="govuk-inset-text" key={a.id}>
              <p className="govuk-body">
                <T id="recordLink.request" values={{ part: a.part, wanted: a.wanted, b: (chunks) => <strong>{chunks}</strong> }} />
              </p>
              <p className="govuk-body">
                {a.status === 'waiting' ? t('recordLink.waiting')
                  : a.status === 'accepted' ? t('recordLink.changed', { version: a.version ?? '', response: a.response ?? '' })
                  : t('recordLink.notChanged', { response: a.response ?? '' })}
              </p>
            </div>
          ))}
        </>
      ) : null}
    </Page>
  );
}
