import { useConferenceDetail } from '../../model/useConferenceDetail.ts';
import { useSharedScreen } from '../../i18n/locale.ts';
import { RoomProvider } from '../../model/RoomContext.tsx';
import { sessionUser, useSession } from '../../state/session.ts';
import { useConnectionStatus } from '../../model/hooks.ts';
import { FinalScreen } from '../room/FinalScreen.tsx';
import { ProjectorScreen } from './ProjectorScreen.tsx';
import { useT } from '../../i18n/useT.tsx';
import type { MessageId } from '../../../shared/i18n/messages.ts';
// The projector's styles come with its chunk: a phone or the chair's room never downloads them.
import '../../styles/projector.css';
import '../../styles/projector-map.css';
import '../../styles/projector-steps.css';

/**
 * /conferences/:id/projector — always the shared document only, even on a chair's session, so
 * nothing restricted can reach the projector by construction.
 */
export function ProjectorPage({ conferenceId }: { conferenceId: string }) {
  useSharedScreen();
  const session = useSession((s) => s.session);
  const { detail, error } = useConferenceDetail(conferenceId);
  const user = sessionUser(session);

  if (error?.status === 401) return <FinalScreen state="session" staff={session?.kind === 'staff'} />;
  if (error) return <ProjectorMessage id="projector.cannotShow" />;
  if (!detail || !user) return <ProjectorMessage id="projector.connecting" />;
  return (
    <RoomProvider conference={detail.conference} me={detail.me} user={user} sharedOnly>
      <ProjectorGate />
    </RoomProvider>
  );
}

function ProjectorGate() {
  const final = useConnectionStatus((c) => c.final);
  const loaded = useConnectionStatus((c) => c.loaded);
  if (final) return <FinalScreen state={final} staff={false} />;
  if (!loaded) return <ProjectorMessage id="projector.connecting" />;
  return <ProjectorScreen />;
}

function ProjectorMessage({ id }: { id: MessageId }) {
  const t = useT();
  return (
    <div className="cr-projector-viewport cr-projector-viewport--message">
      <p className="cr-proj-explanation">{t(id)}</p>
    </div>
  );
}
