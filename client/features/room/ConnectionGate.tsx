import { useEffect, type ReactNode } from 'react';
import { Banner } from '../../components/Banner.tsx';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';
import { Loading } from '../../components/Page.tsx';
import { useConference, useConnectionStatus } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { FinalScreen } from './FinalScreen.tsx';
import { T, useT } from '../../i18n/useT.tsx';

/**
 * Between the connection and the screens: says why a connection ended, waits for first content,
 * and removes this device's copies when the connection ends for good (the conference closing included).
 */
export function ConnectionGate({ children }: { children: ReactNode }) {
  const { me, conn } = useRoom();
  const final = useConnectionStatus((c) => c.final);
  const loaded = useConnectionStatus((c) => c.loaded);
  const t = useT();

  // A participant whose connection has ended cannot send any more: nothing of the meeting stays on the device.
  // Staff keep their copy when only the session ended, so edits made offline are sent after signing in again.
  useEffect(() => {
    // Closing the copy first, then deleting it, so the deletion is not blocked by the open database.
    if (final && (!me.canWrite || final === 'removed' || final === 'closed')) void conn.dropLocalCopies();
  }, [final, me.canWrite, conn]);

  if (final) return <FinalScreen state={final} staff={me.canWrite} />;
  if (!loaded) return <Loading label={t('room.joining')} />;
  return <>{children}</>;
}

/** Shown when the document was written by a newer version: the screen stays, editing stops. */
export function TooNewBanner() {
  const tooNew = useConference((m) => m.tooNew);
  const t = useT();
  if (!tooNew) return null;
  return (
    <Banner title={t('room.tooNew.title')} role="alert">
      <p className="govuk-body">{t('room.tooNew.body')}</p>
      <button type="button" className="govuk-button" onClick={() => window.location.reload()}>
        {t('room.tooNew.reload')}
      </button>
    </Banner>
  );
}

/** After the meeting the chair and note taker complete the record here, then finalise it on the record screen (FN1). */
export function ClosedBanner() {
  const { conference } = useRoom();
  const t = useT();
  if (conference.status !== 'closed') return null;
  return (
    <Banner title={t('room.ended.title')}>
      <p className="govuk-body">
        <T id="room.ended.staffBody" values={{ link: (chunks) => <Link href={paths.record(conference.id)}>{chunks}</Link> }} />
      </p>
    </Banner>
  );
}
