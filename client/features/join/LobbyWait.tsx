import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { MessagePage } from '../../components/Page.tsx';
import { navigate, paths } from '../../router.ts';
import { useSession } from '../../state/session.ts';

const POLL_MS = 3000;

/**
 * The invite was first opened on another device, so this one waits until the chair lets it in.
 * It asks the server every few seconds; nothing of the meeting is shown until then.
 */
export function LobbyWait() {
  const load = useSession((s) => s.load);
  const [outcome, setOutcome] = useState<'waiting' | 'refused' | 'ended'>('waiting');

  useEffect(() => {
    if (outcome !== 'waiting') return;
    let live = true;
    const check = async () => {
      try {
        const r = await api.lobbyStatus();
        if (!live) return;
        if (r.status === 'admitted') {
          await load();
          navigate(paths.room(r.conferenceId), { replace: true });
        } else if (r.status === 'refused') setOutcome('refused');
      } catch (e) {
        if (live && e instanceof ApiError && e.status === 401) setOutcome('ended');
      }
    };
    const t = setInterval(() => void check(), POLL_MS);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [outcome, load]);

  if (outcome === 'refused') {
    return (
      <MessagePage title="The chair did not let this device in">
        <p className="cr-body">If you think this is a mistake, speak to the chair. They can send you a new link.</p>
      </MessagePage>
    );
  }
  if (outcome === 'ended') {
    return (
      <MessagePage title="This invite link does not work">
        <p className="cr-body">This invite link has expired or been withdrawn. Ask the chair for a new one.</p>
      </MessagePage>
    );
  }
  return (
    <MessagePage title="Waiting for the chair to let you in">
      <p className="cr-body" role="status">
        This link was first opened on another device, so the chair needs to let this one in. Please keep this page open; it will move on by itself.
      </p>
    </MessagePage>
  );
}
