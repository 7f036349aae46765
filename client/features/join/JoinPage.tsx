import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { Loading, MessagePage } from '../../components/Page.tsx';
import { navigate, paths } from '../../router.ts';
import { useSession } from '../../state/session.ts';
import { LobbyWait } from './LobbyWait.tsx';
import { msg, type MessageId, type Msg } from '../../../shared/i18n/messages.ts';
import { useT } from '../../i18n/useT.tsx';

/**
 * Invite landing: the token is in the fragment (never sent to a server in a URL or Referer).
 * It is read and removed from the address bar at once, before anything else happens, so it
 * does not stay in history or get shared by screenshot.
 */
export function JoinPage() {
  const t = useT();
  // Ids, not words, so a change of language re-words the page.
  const [error, setError] = useState<{ title: MessageId; message: Msg } | null>(null);
  const [waiting, setWaiting] = useState(false);
  const load = useSession((s) => s.load);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = window.location.hash.replace(/^#/, '');
    window.history.replaceState(null, '', window.location.pathname);
    if (!token) {
      setError({ title: 'join.incomplete.title', message: msg('join.incomplete.body') });
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
        if (e instanceof ApiError && e.isNetwork) setError({ title: 'join.offline.title', message: msg('join.offline.body') });
        else if (e instanceof ApiError && e.status === 429) setError({ title: 'join.wait.title', message: e.msg });
        else setError({ title: 'join.invalid.title', message: msg('join.invalid.body') });
      });
  }, [load]);

  if (error) {
    return (
      <MessagePage title={t(error.title)}>
        <p className="govuk-body">{t(error.message)}</p>
      </MessagePage>
    );
  }
  if (waiting) return <LobbyWait />;
  return <Loading label={t('join.opening')} />;
}
