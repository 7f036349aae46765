import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Banner } from '../../components/Banner.tsx';
import { Link } from '../../components/Link.tsx';
import { Loading, MessagePage, Page } from '../../components/Page.tsx';
import { useConferenceDetail } from '../../model/useConferenceDetail.ts';
import { paths } from '../../router.ts';
import { T, useT } from '../../i18n/useT.tsx';
import type { Msg } from '../../../shared/i18n/messages.ts';
import type { RecordState } from '../../../shared/api/record.ts';
import { AmendmentsPanel } from './AmendmentsPanel.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { FinalisePanel } from './FinalisePanel.tsx';
import { IssuePanel } from './IssuePanel.tsx';

/**
 * The note taker's record screen (FZ1, EX9, IS1, AM3): finalise the record once the meeting has
 * ended, preview and download each document, issue it to everyone, and answer requests to change it.
 */
export function RecordPage({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const { detail, error } = useConferenceDetail(conferenceId);
  const [state, setState] = useState<RecordState | null>(null);
  const [loadError, setLoadError] = useState<Msg | null>(null);
  const reload = useCallback(async () => {
    try {
      setState(await screensApi.getRecord(conferenceId));
      setLoadError(null);
    } catch (e) {
      setLoadError(e instanceof ApiError ? e.msg : { id: 'errors.generic' });
    }
  }, [conferenceId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (error) {
    return (
      <MessagePage title={t('record.cannotOpen')}>
        <p className="govuk-body">{t(error.msg)}</p>
      </MessagePage>
    );
  }
  if (!detail || !state) return loadError ? <MessagePage title={t('record.loadFailed')}><p className="govuk-body">{t(loadError)}</p></MessagePage> : <Loading />;
  const names = detail.conference.children.map((c) => c.name).join(', ');
  const latest = state.versions.at(-1) ?? null;
  return (
    <Page title={t('record.pageTitle', { children: names })} back={{ href: paths.room(conferenceId), label: t('record.backToRoom') }} wide>
      <span className="govuk-caption-l">{names}</span>
      <h1 className="govuk-heading-l">{t('record.title')}</h1>
      {!state.meetingEnded ? (
        <Banner title={t('record.notEnded.title')}>
          <p className="govuk-body">
            <T id="record.notEnded.body" values={{ link: (chunks) => <Link href={paths.setup(conferenceId)}>{chunks}</Link> }} />
          </p>
        </Banner>
      ) : null}
      <FinalisePanel conferenceId={conferenceId} state={state} onChanged={reload} />
      <DocumentsPanel conferenceId={conferenceId} versions={state.versions} language={state.language} onChanged={reload} />
      {latest ? <IssuePanel conferenceId={conferenceId} state={state} onChanged={reload} /> : null}
      {state.amendments.length ? <AmendmentsPanel conferenceId={conferenceId} state={state} onChanged={reload} /> : null}
    </Page>
  );
}
