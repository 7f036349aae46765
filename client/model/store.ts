import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConferenceModel } from '../../shared/schema/project.ts';
import { project } from '../../shared/schema/project.ts';
import type { PresenceUser } from '../../shared/schema/board.ts';
import type { Connection, ConnectionStatus } from '../sync/connect.ts';
import { watchPresence } from '../sync/presence.ts';

/** Everything the room screens read: the projected model, the connection, who is here. */
export interface RoomState {
  model: ConferenceModel;
  connection: ConnectionStatus;
  presence: readonly PresenceUser[];
}

/**
 * Bind a store to a connection: after every transaction on either document, project the docs
 * into a new frozen model (reusing unchanged entities, so narrow selectors stay stable).
 * Several transactions in one turn are projected once.
 */
export function createRoomStore(conn: Connection): { store: StoreApi<RoomState>; dispose: () => void } {
  const { shared, professional } = conn.docs;
  const store = createStore<RoomState>()(() => ({
    model: project(shared, professional),
    connection: conn.status(),
    presence: [],
  }));
  let scheduled = false;
  const reproject = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      store.setState({ model: project(shared, professional, store.getState().model) });
    });
  };
  shared.on('afterTransaction', reproject);
  professional?.on('afterTransaction', reproject);
  const unStatus = conn.subscribe(() => store.setState({ connection: conn.status() }));
  const unPresence = watchPresence(conn.awareness, (presence) => store.setState({ presence }));
  return {
    store,
    dispose: () => {
      shared.off('afterTransaction', reproject);
      professional?.off('afterTransaction', reproject);
      unStatus();
      unPresence();
    },
  };
}
