import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, type ConferenceDetail } from '../../api.ts';
import { Banner } from '../../components/Banner.tsx';
import { Link } from '../../components/Link.tsx';
import { Loading, MessagePage, Page } from '../../components/Page.tsx';
import { formatDateTime } from '../../format.ts';
import { paths } from '../../router.ts';
import { CONFERENCE_TYPE_LABELS, type Attendee } from '../../../shared/schema/conference.ts';
import { AttendeeForm } from './AttendeeForm.tsx';
import { AttendeeTable } from './AttendeeTable.tsx';
import { CloseConference } from './CloseConference.tsx';
import { NewLink } from './NewLink.tsx';
import { StaffEditor } from './StaffEditor.tsx';
import { ProjectorHelp } from './ProjectorHelp.tsx';
import { ScheduleForm } from './ScheduleForm.tsx';
import { LanguageForm } from './LanguageForm.tsx';

/** Attendees and invites for one conference (chair and note taker). */
export function SetupPage({ conferenceId }: { conferenceId: string }) {
  const [detail, setDetail] = useState<ConferenceDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setDetail(await api.getConference(conferenceId));
    } catch (e) {
      setLoadError(e instanceof ApiError ? e.message : 'We could not load this conference.');
    }
  }, [conferenceId]);
  useEffect(() => void reload(), [reload]);

  const act = async (fn: () => Promise<void>) => {
    setActionError(null);
    try {
      await fn();
      await reload();
    } catch (e) {
      setActionError(e instanceof ApiError ? e.message : 'Something went wrong. Try again.');
    }
  };
  const reissue = (a: Attendee) =>
    act(async () => {
      const r = await api.reissueInvite(conferenceId, a.id);
      setLink({ name: a.name, url: r.url });
    });
  const revoke = (a: Attendee) =>
    act(async () => {
      await api.revokeInvite(conferenceId, a.id);
      setLink(null);
    });

  if (loadError) return <MessagePage title="We could not open this conference">{<p className="cr-body">{loadError}</p>}</MessagePage>;
  if (!detail) return <Loading />;
  const c = detail.conference;
  const names = c.children.map((ch) => ch.name).join(', ');
  return (
    <Page title={`Attendees and invites – ${names}`} back={{ href: paths.conferences(), label: 'Back to my conferences' }} wide>
      <span className="cr-caption-l">{CONFERENCE_TYPE_LABELS[c.type]}</span>
      <h1 className="cr-heading-l">Attendees and invites</h1>
      <dl className="cr-summary-list">
        <div className="cr-summary-list__row">
          <dt className="cr-summary-list__key">Children</dt>
          <dd className="cr-summary-list__value">{names}</dd>
        </div>
        <div className="cr-summary-list__row">
          <dt className="cr-summary-list__key">When</dt>
          <dd className="cr-summary-list__value">{formatDateTime(c.startsAt)}</dd>
        </div>
        <div className="cr-summary-list__row">
          <dt className="cr-summary-list__key">Where</dt>
          <dd className="cr-summary-list__value">{[c.venue, c.online && c.venue !== 'Online' ? 'Online' : ''].filter(Boolean).join(' and ')}</dd>
        </div>
        {c.reference ? (
          <div className="cr-summary-list__row">
            <dt className="cr-summary-list__key">Reference</dt>
            <dd className="cr-summary-list__value">{c.reference}</dd>
          </div>
        ) : null}
      </dl>
      {detail.scheduleEditable && detail.me.role === 'chair' ? <ScheduleForm conference={c} onSaved={() => void reload()} /> : null}
      {c.status === 'open' && detail.me.role === 'chair' ? <LanguageForm conference={c} onSaved={() => void reload()} /> : null}
      <p className="cr-body">
        <Link href={paths.room(c.id)} className="cr-link">
          Go to the conference room
        </Link>
      </p>
      {c.status === 'closed' ? (
        <Banner title="The meeting has ended">
          <p className="cr-body">
            Invite links no longer work. <Link href={paths.record(c.id)}>Finalise and issue the record</Link>.
          </p>
        </Banner>
      ) : null}
      {link ? <NewLink name={link.name} url={link.url} onDone={() => setLink(null)} /> : null}
      {actionError ? (
        <p className="cr-error-message" role="alert">
          {actionError}
        </p>
      ) : null}
      {/* Once the meeting has ended links are dead for good: offering to make or remove one would mislead. */}
      <StaffEditor conferenceId={c.id} canChange={detail.me.role === 'chair'} />
      <AttendeeTable attendees={detail.attendees} linksChangeable={c.status === 'open'} onReissue={(a) => void reissue(a)} onRevoke={(a) => void revoke(a)} />
      {c.status === 'open' ? <ProjectorHelp /> : null}
      {c.status === 'open' ? (
        <div className="cr-grid-row">
          <div className="cr-column-two-thirds">
            <AttendeeForm
              conferenceId={c.id}
              onAdded={(a, l) => {
                setLink({ name: a.name, url: l.url });
                void reload();
              }}
            />
            {detail.me.role === 'chair' ? <CloseConference conferenceId={c.id} onClosed={() => void reload()} /> : null}
          </div>
        </div>
      ) : null}
    </Page>
  );
}
