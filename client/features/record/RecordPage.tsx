import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { Banner } from '../../components/Banner.tsx';
import { Link } from '../../components/Link.tsx';
import { Loading, MessagePage, Page } from '../../components/Page.tsx';
import { useConferenceDetail } from '../../model/useConferenceDetail.ts';
import { paths } from '../../router.ts';
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
  const { detail, error } = useConferenceDetail(conferenceId);
  const [state, setState] = useState<RecordState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setState(await api.getRecord(conferenceId));
      setLoadError(null);
    } catch (e) {
      setLoadError(e instanceof ApiError ? e.message : 'We could not load the record.');
    }
  }, [conferenceId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (error) {
    return (
      <MessagePage title="You cannot open this record">
        <p className="cr-body">{error.message}</p>
      </MessagePage>
    );
  }
  if (!detail || !state) return loadError ? <MessagePage title="We could not load the record"><p className="cr-body">{loadError}</p></MessagePage> : <Loading />;
  const names = detail.conference.children.map((c) => c.name).join(', ');
  const latest = state.versions.at(-1) ?? null;
  return (
    <Page title={`The record – ${names}`} back={{ href: paths.room(conferenceId), label: 'Back to the room' }} wide>
      <span className="cr-caption-l">{names}</span>
      <h1 className="cr-heading-l">The record</h1>
      {!state.meetingEnded ? (
        <Banner title="The meeting has not ended yet">
          <p className="cr-body">
            You can preview the documents now. The chair ends the meeting on the <Link href={paths.setup(conferenceId)}>attendees and invites</Link> page; then you can finalise the record.
          </p>
        </Banner>
      ) : null}
      <FinalisePanel conferenceId={conferenceId} state={state} onChanged={reload} />
      <DocumentsPanel conferenceId={conferenceId} versions={state.versions} />
      {latest ? <IssuePanel conferenceId={conferenceId} state={state} onChanged={reload} /> : null}
      {state.amendments.length ? <AmendmentsPanel conferenceId={conferenceId} state={state} onChanged={reload} /> : null}
    </Page>
  );
}
