import { useCallback } from 'react';
import { useStore } from 'zustand';
import type { ConferenceModel } from '../../shared/schema/project.ts';
import type { ConferenceDocs } from '../../shared/commands/docs.ts';
import type { PresenceUser } from '../../shared/schema/board.ts';
import { fail, type Result } from '../../shared/result.ts';
import { msg } from '../../shared/i18n/messages.ts';
import type { ConnectionStatus } from '../sync/connect.ts';
import { useRoom } from './RoomContext.tsx';

/** Read part of the conference model. Return something stable (a field, an entity): it re-renders only when that changes. */
export function useConference<T>(selector: (m: ConferenceModel) => T): T {
  const { store } = useRoom();
  return useStore(store, (s) => selector(s.model));
}

/** CW1 — How many children the conference is about: catalogue messages take it as `{children, plural, …}`. */
export function useChildCount(): number {
  return useRoom().conference.children.length;
}


export function useConnectionStatus<T>(selector: (c: ConnectionStatus) => T): T {
  const { store } = useRoom();
  return useStore(store, (s) => selector(s.connection));
}

export function usePresence(): readonly PresenceUser[] {
  const { store } = useRoom();
  return useStore(store, (s) => s.presence);
}

/** Whether this device may edit the documents now (its role writes, and its code is not older than the document). */
export function useCanEdit(): boolean {
  const { me } = useRoom();
  const tooNew = useConference((m) => m.tooNew);
  return me.canWrite && !tooNew;
}

/**
 * Bind a shared command to this conference's documents. Calls are refused (with a reason, never
 * a throw) when this device may not write: a family device, or a document from a newer version.
 */
export function useCommand<A extends unknown[], T>(cmd: (d: ConferenceDocs, ...args: A) => Result<T>): (...args: A) => Result<T> {
  const { conn, me, store } = useRoom();
  return useCallback(
    (...args: A): Result<T> => {
      if (!me.canWrite) return fail(msg('commands.onlyEditors'));
      if (store.getState().model.tooNew) return fail(msg('commands.newerVersion'));
      return cmd(conn.docs, ...args);
    },
    [cmd, conn, me.canWrite, store],
  );
}
