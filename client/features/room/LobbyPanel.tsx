import { useCallback, useEffect, useState } from 'react';
import { ApiError, type LobbyEntry } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import { T, useT } from '../../i18n/useT.tsx';
import { useCanEdit } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useRoleName } from './useRoleName.ts';
import { hidden } from './hidden.tsx';

const POLL_MS = 5000;

/** People waiting to join from a second device: the chair lets them in or refuses. */
export function LobbyPanel() {
  const { conference } = useRoom();
  const canEdit = useCanEdit();
  const t = useT();
  const roleName = useRoleName();
  const [waiting, setWaiting] = useState<LobbyEntry[]>([]);
  const [error, setError] = useState<Msg | null>(null);

  const refresh = useCallback(async () => {
    try {
      setWaiting((await screensApi.listLobby(conference.id)).waiting);
    } catch {
      // Offline or between sessions: keep what we had and try again shortly.
    }
  }, [conference.id]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const decide = async (entry: LobbyEntry, decision: 'admit' | 'refuse') => {
    setError(null);
    try {
      await screensApi.decideLobby(conference.id, entry.lobbyId, decision);
    } catch (e) {
      setError(e instanceof ApiError ? e.msg : msg('errors.generic'));
    }
    await refresh();
  };

  if (waiting.length === 0 || !canEdit) return null;
  return (
    <section className="cr-panel cr-panel--lobby" aria-labelledby="lobby-title">
      <h2 className="govuk-heading-s" id="lobby-title">
        {t('room.lobby.title')} <span className="cr-count">{waiting.length}</span>
      </h2>
      <p className="govuk-body govuk-body-s">{t('room.lobby.hint')}</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          {t(error)}
        </p>
      ) : null}
      <ul className="cr-who-list">
        {waiting.map((w) => (
          <li key={w.lobbyId} className="cr-lobby-entry">
            <span className="cr-who__name">{w.name}</span>
            <span className="cr-who__role">{w.role ? roleName(w.role) : ''}</span>
            <span className="govuk-button-group">
              <button type="button" className="govuk-button cr-button--small" onClick={() => void decide(w, 'admit')}>
                <T id="room.lobby.admit" values={{ name: w.name, hidden }} />
              </button>
              <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => void decide(w, 'refuse')}>
                <T id="room.lobby.refuse" values={{ name: w.name, hidden }} />
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
