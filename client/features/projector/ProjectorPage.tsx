import { useConferenceDetail } from '../../model/useConferenceDetail.ts';
import { useSharedScreen } from '../../i18n/locale.ts';
import { RoomProvider } from '../../model/RoomContext.tsx';
import { sessionUser, useSession } from '../../state/session.ts';
import { useConnectionStatus } from '../../model/hooks.ts';
import { FinalScreen } from '../room/FinalScreen.tsx';
import { ProjectorScreen } from './ProjectorScreen.tsx';

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
  if (error) return <ProjectorMessage text="This screen cannot show the meeting. Check the link with the chair." />;
  if (!detail || !user) return <ProjectorMessage text="Connecting…" />;
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
  if (!loaded) return <ProjectorMessage text="Connecting…" />;
  return <ProjectorScreen />;
}

function ProjectorMessage({ text }: { text: string }) {
  return (
    <div className="cr-projector-viewport cr-projector-viewport--message">
      <p className="cr-proj-explanation">{text}</p>
    </div>
  );
}
