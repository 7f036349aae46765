import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, type ConferenceDetail } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Link } from '../../components/Link.tsx';
import { Loading, MessagePage, Page } from '../../components/Page.tsx';
import { ErrorMessage } from '../../components/govuk/ErrorMessage.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { SummaryList } from '../../components/govuk/SummaryList.tsx';
import { T, useFormat, useT } from '../../i18n/useT.tsx';
import { paths } from '../../router.ts';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import type { Attendee } from '../../../shared/schema/conference.ts';
import { childNames, usePlace } from '../conferences/place.ts';
import { AttendeeForm } from './AttendeeForm.tsx';
import { AttendeeLanguageForm } from './AttendeeLanguageForm.tsx';
import { AttendeeTable, changeLanguageId } from './AttendeeTable.tsx';
import { CloseConference } from './CloseConference.tsx';
import { NewLink } from './NewLink.tsx';
import { StaffEditor } from './StaffEditor.tsx';
import { ProjectorHelp } from './ProjectorHelp.tsx';
import { ScheduleForm } from './ScheduleForm.tsx';
import { LanguageForm } from './LanguageForm.tsx';
import { ChildrenEditor } from './ChildrenEditor.tsx';

/** Attendees and invites for one conference (chair and note taker). */
export function SetupPage({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const f = useFormat();
  const place = usePlace();
  const [detail, setDetail] = useState<ConferenceDetail | null>(null);
  const [loadError, setLoadError] = useState<Msg | null>(null);
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const [actionError, setActionError] = useState<Msg | null>(null);
  const [editing, setEditing] = useState<Attendee | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setDetail(await api.getConference(conferenceId));
    } catch (e) {
      setLoadError(e instanceof ApiError ? e.msg : msg('setup.loadFailed'));
    }
  }, [conferenceId]);
  useEffect(() => void reload(), [reload]);

  const act = async (fn: () => Promise<void>) => {
    setActionError(null);
    try {
      await fn();
      await reload();
    } catch (e) {
      setActionError(e instanceof ApiError ? e.msg : msg('errors.generic'));
    }
  };
  const reissue = (a: Attendee) =>
    act(async () => {
      const r = await screensApi.reissueInvite(conferenceId, a.id);
      setLink({ name: a.name, url: r.url });
    });
  const revoke = (a: Attendee) =>
    act(async () => {
      await screensApi.revokeInvite(conferenceId, a.id);
      setLink(null);
    });
  const doneEditing = async (a: Attendee, wasSaved: boolean) => {
    setEditing(null);
    if (wasSaved) {
      await reload();
      setSaved(a.name);
    }
    document.getElementById(changeLanguageId(a))?.focus();
  };

  if (loadError) return <MessagePage title={t('setup.loadFailedTitle')}>{<p className="govuk-body">{t(loadError)}</p>}</MessagePage>;
  if (!detail) return <Loading />;
  const c = detail.conference;
  const names = childNames(c);
  const open = c.status === 'open';
  return (
    <Page title={t('setup.pageTitle', { names })} back={{ href: paths.conferences(), label: t('setup.back') }} wide>
      <span className="govuk-caption-l">{t(`conferenceType.${c.type}`)}</span>
      <h1 className="govuk-heading-l">{t('setup.title')}</h1>
      <SummaryList
        rows={[
          { key: 'children', label: t('setup.summary.children'), value: names },
          { key: 'when', label: t('setup.summary.when'), value: f.dateTime(c.startsAt) },
          { key: 'where', label: t('setup.summary.where'), value: place(c) },
          ...(c.reference ? [{ key: 'reference', label: t('setup.summary.reference'), value: c.reference }] : []),
        ]}
      />
      {detail.scheduleEditable && detail.me.role === 'chair' ? <ScheduleForm conference={c} onSaved={() => void reload()} /> : null}
      {open && detail.me.role === 'chair' ? <LanguageForm conference={c} onSaved={() => void reload()} /> : null}
      <ChildrenEditor detail={detail} onSaved={() => void reload()} />
      <p className="govuk-body">
        <Link href={paths.room(c.id)} className="govuk-link">
          {t('setup.goToRoom')}
        </Link>
      </p>
      {c.status === 'closed' ? (
        <NotificationBanner title={t('setup.ended.title')}>
          <p className="govuk-body">
            <T id="setup.ended.body" values={{ a: (chunks) => <Link href={paths.record(c.id)} className="govuk-notification-banner__link">{chunks}</Link> }} />
          </p>
        </NotificationBanner>
      ) : null}
      {link ? <NewLink name={link.name} url={link.url} onDone={() => setLink(null)} /> : null}
      {actionError ? (
        <div role="alert">
          <ErrorMessage id="setup-action-error">{t(actionError)}</ErrorMessage>
        </div>
      ) : null}
      <StaffEditor conferenceId={c.id} canChange={detail.me.role === 'chair'} />
      {/* Once the meeting has ended links are dead for good: offering to make or remove one would mislead. */}
      <AttendeeTable
        attendees={detail.attendees}
        linksChangeable={open}
        onReissue={(a) => void reissue(a)}
        onRevoke={(a) => void revoke(a)}
        onChangeLanguage={(a) => {
          setSaved(null);
          setEditing(a);
        }}
      />
      <p className="govuk-body" role="status">
        {saved ? t('setup.attendeeLanguage.saved', { name: saved }) : null}
      </p>
      {open && editing ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <AttendeeLanguageForm key={editing.id} conferenceId={c.id} attendee={editing} onDone={(wasSaved) => void doneEditing(editing, wasSaved)} />
          </div>
        </div>
      ) : null}
      {open ? <ProjectorHelp /> : null}
      {open ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
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
