import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Me } from '../api.ts';
import type { Conference } from '../../shared/schema/conference.ts';
import type { PresenceUser } from '../../shared/schema/board.ts';
import { connectConference, type Connection } from '../sync/connect.ts';
import { createRoomStore, type RoomState } from './store.ts';
import { useStore } from 'zustand';
import { useLocaleState } from '../i18n/locale.ts';

export interface RoomContextValue {
  conference: Conference;
  me: Me;
  /** The name and id this device writes into `addedBy` and shows in presence. */
  user: PresenceUser;
  conn: Connection;
  store: StoreApi<RoomState>;
  /** Connected to the shared document only (the projector). */
  sharedOnly: boolean;
}

const RoomContext = createContext<RoomContextValue | null>(null);

export function useRoom(): RoomContextValue {
  const ctx = useContext(RoomContext);
  if (!ctx) throw new Error('useRoom must be used inside <RoomProvider>');
  return ctx;
}

/**
 * Connect to a conference for as long as this is mounted, and give the screens below it the
 * model store. Leaving the screen closes the sockets.
 */
export function RoomProvider({
  conference,
  me,
  user,
  sharedOnly = false,
  children,
}: {
  conference: Conference;
  me: Me;
  user: PresenceUser;
  sharedOnly?: boolean;
  children: ReactNode;
}) {
  const [value, setValue] = useState<RoomContextValue | null>(null);
  useEffect(() => {
    const conn = connectConference(conference.id, me, { sharedOnly, user: sharedOnly ? null : user, closed: conference.status === 'closed' });
    const { store, dispose } = createRoomStore(conn);
    setValue({ conference, me, user, conn, store, sharedOnly });
    return () => {
      dispose();
      conn.destroy();
      setValue(null);
    };
    // The connection lives as long as the conference and the person; edits to these objects are not reconnections.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conference.id, me.role, me.view, me.canWrite, user.id, sharedOnly]);
  if (!value) return null;
  return (
    <RoomContext.Provider value={value}>
      <FollowConferenceLanguage store={value.store} />
      {children}
    </RoomContext.Provider>
  );
}

/**
 * The chair may change the conference's language while screens are open: the server writes it into
 * the room, and every screen follows at once (a person who chose a language keeps theirs; the
 * projector shows the conference's languages).
 */
function FollowConferenceLanguage({ store }: { store: StoreApi<RoomState> }) {
  const language = useStore(store, (s) => s.model.language);
  const setConferenceLanguage = useLocaleState((s) => s.setConferenceLanguage);
  useEffect(() => {
    if (language) setConferenceLanguage(language);
  }, [language, setConferenceLanguage]);
  return null;
}
