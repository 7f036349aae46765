import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, type LobbyEntry } from '../../api.ts';
import { ROLE_LABELS } from '../../../shared/schema/roles.ts';
import { useCanEdit } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';

const POLL_MS = 5000;

/** People waiting to join from a second device: the chair lets them in or refuses. */
export function LobbyPanel() {
  const { conference } = useRoom();
  const canEdit = useCanEdit();
  const [waiting, setWaiting] = useState<LobbyEntry[]>([]);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setWaiting((await api.listLobby(conference.id)).waiting);
    } catch {
      // Offline or between sessions: keep what we had and try again shortly.
    }
  }, [conference.id]);
  useEffect(() => {
    void refresh();
    const t = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(t);
  }, [refresh]);

  const decide = async (entry: LobbyEntry, decision: 'admit' | 'refuse') => {
    setError(null);
    try {
      await api.decideLobby(conference.id, entry.lobbyId, decision);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Something went wrong. Try again.');
    }
    await refresh();
  };

  if (waiting.length === 0 || !canEdit) return null;
  return (
    <section className="cr-panel cr-panel--lobby" aria-labelledby="lobby-title">
      <h2 className="cr-heading-s" id="lobby-title">
        Waiting to join <span className="cr-count">{waiting.length}</span>
      </h2>
      <p className="cr-body cr-body--s">Their link was opened on another device first. Let this device in only if you know it is theirs.</p>
      {error ? (
        <p className="cr-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="cr-who-list">
        {waiting.map((w) => (
          <li key={w.lobbyId} className="cr-lobby-entry">
            <span className="cr-who__name">{w.name}</span>
            <span className="cr-who__role">{w.role ? ROLE_LABELS[w.role] : ''}</span>
            <span className="cr-button-group">
              <button type="button" className="cr-button cr-button--small" onClick={() => void decide(w, 'admit')}>
                Let in<span className="cr-visually-hidden"> {w.name}</span>
              </button>
              <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => void decide(w, 'refuse')}>
                Refuse<span className="cr-visually-hidden"> {w.name}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
