import { useEffect } from 'react';
import { useConferenceDetail } from '../../model/useConferenceDetail.ts';
import { Loading, MessagePage } from '../../components/Page.tsx';
import { RoomProvider } from '../../model/RoomContext.tsx';
import { sessionUser, useSession } from '../../state/session.ts';
import { clearLocalCopies } from '../../sync/localCopies.ts';
import { isCaseStaff } from '../../../shared/rules/permissions.ts';
import { ParticipantRoom } from '../participant/ParticipantRoom.tsx';
import { navigate, paths } from '../../router.ts';
import { ConnectionGate } from './ConnectionGate.tsx';
import { FinalScreen } from './FinalScreen.tsx';
import { lazyScreen } from '../../components/lazyScreen.tsx';
import { useT } from '../../i18n/useT.tsx';

// The chair's and note taker's room loads only on their devices: a participant's phone never downloads it.
const ChairRoom = lazyScreen(() => import('./ChairRoom.tsx').then((m) => m.ChairRoom));

/** The room: which view this person gets is decided by `me` from the server, never by the URL. */
export function RoomPage({ conferenceId }: { conferenceId: string }) {
  const session = useSession((s) => s.session);
  const t = useT();
  const { detail, error } = useConferenceDetail(conferenceId);
  // A closed conference must leave no case data on this device.
  const closed = detail?.conference.status === 'closed';
  useEffect(() => {
    if (closed) void clearLocalCopies([conferenceId]);
  }, [closed, conferenceId]);

  const user = sessionUser(session);
  if (error?.status === 401) return <FinalScreen state="session" staff={session?.kind === 'staff'} />;
  if (error) {
    const refused = error.status === 403 || error.status === 404;
    return (
      <MessagePage title={t(refused ? 'room.open.refusedTitle' : 'room.open.failedTitle')}>
        <p className="govuk-body">{refused ? t('room.open.refusedBody') : t(error.msg)}</p>
      </MessagePage>
    );
  }
  if (!detail || !user) return <Loading />;
  const { conference, me } = detail;
  if (me.role === 'projector') return <GoToProjector id={conference.id} />;
  return (
    <RoomProvider conference={conference} me={me} user={user}>
      {/* Chair and note taker keep their room when the conference is closed, read-only. */}
      <ConnectionGate>{me.canWrite || isCaseStaff(me.role) ? <ChairRoom /> : <ParticipantRoom />}</ConnectionGate>
    </RoomProvider>
  );
}

/** A projector device's invite opens the room; it belongs on the full-screen projector view. */
function GoToProjector({ id }: { id: string }) {
  useEffect(() => navigate(paths.projector(id), { replace: true }), [id]);
  return <Loading />;
}
