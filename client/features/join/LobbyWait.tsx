import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { MessagePage } from '../../components/Page.tsx';
import { navigate, paths } from '../../router.ts';
import { useSession } from '../../state/session.ts';
import { useT } from '../../i18n/useT.tsx';

const POLL_MS = 3000;

/**
 * The invite was first opened on another device, so this one waits until the chair lets it in.
 * It asks the server every few seconds; nothing of the meeting is shown until then.
 */
export function LobbyWait() {
  const load = useSession((s) => s.load);
  const t = useT();
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
      <MessagePage title={t('join.refused.title')}>
        <p className="govuk-body">{t('join.refused.body')}</p>
      </MessagePage>
    );
  }
  if (outcome === 'ended') {
    return (
      <MessagePage title={t('join.invalid.title')}>
        <p className="govuk-body">{t('join.invalid.body')}</p>
      </MessagePage>
    );
  }
  return (
    <MessagePage title={t('join.lobby.title')}>
      <p className="govuk-body" role="status">
        {t('join.lobby.body')}
      </p>
    </MessagePage>
  );
}
