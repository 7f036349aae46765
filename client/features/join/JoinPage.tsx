import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { Loading, MessagePage } from '../../components/Page.tsx';
import { navigate, paths } from '../../router.ts';
import { useSession } from '../../state/session.ts';
import { LobbyWait } from './LobbyWait.tsx';

const INVALID = 'This invite link has expired or been withdrawn. Ask the chair for a new one.';

/**
 * Invite landing: the token is in the fragment (never sent to a server in a URL or Referer).
 * It is read and removed from the address bar at once, before anything else happens, so it
 * does not stay in history or get shared by screenshot.
 */
export function JoinPage() {
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const [waiting, setWaiting] = useState(false);
  const load = useSession((s) => s.load);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = window.location.hash.replace(/^#/, '');
    window.history.replaceState(null, '', window.location.pathname);
    if (!token) {
      setError({ title: 'This invite link is not complete', message: 'Open the link from your message again, or ask the chair for a new one.' });
      return;
    }
    api
      .join(token)
      .then(async (r) => {
        if ('status' in r) {
          setWaiting(true);
          return;
        }
        await load();
        navigate(paths.room(r.conferenceId), { replace: true });
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.isNetwork) setError({ title: 'We could not reach the server', message: 'Check your connection, then open your invite link again.' });
        else if (e instanceof ApiError && e.status === 429) setError({ title: 'Please wait', message: e.message });
        else setError({ title: 'This invite link does not work', message: INVALID });
      });
  }, [load]);

  if (error) {
    return (
      <MessagePage title={error.title}>
        <p className="cr-body">{error.message}</p>
      </MessagePage>
    );
  }
  if (waiting) return <LobbyWait />;
  return <Loading label="Opening your invite…" />;
}
