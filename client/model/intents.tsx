import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Msg } from '../../shared/i18n/messages.ts';
import { useStore } from 'zustand';
import { createIntentQueue, type IntentQueue, type IntentQueueState } from '../sync/intents.ts';
import { useConnectionStatus } from './hooks.ts';
import { useRoom } from './RoomContext.tsx';

/** This conference's queue of things to send, alive while the room screen is open. */
export function useIntentQueue(conferenceId: string): IntentQueue {
  const { conn } = useRoom();
  const [queue] = useState(() => createIntentQueue(conferenceId, conn.intents));
  const link = useConnectionStatus((c) => c.link);
  useEffect(() => () => queue.dispose(), [queue]);
  // Back online: send what waited.
  useEffect(() => {
    if (link === 'connected') void queue.flush();
  }, [link, queue]);
  return queue;
}

export function useQueueState<T>(queue: IntentQueue, selector: (s: IntentQueueState) => T): T {
  return useStore(queue.store, selector);
}

const IntentsContext = createContext<IntentQueue | null>(null);

/** Give the step screens below the room's intent queue (participants' and the chair's requests to the server). */
export function IntentsProvider({ queue, children }: { queue: IntentQueue; children: ReactNode }) {
  return <IntentsContext.Provider value={queue}>{children}</IntentsContext.Provider>;
}

/** The room's intent queue: `send(type, body)` returns the client-made id to follow with {@link useIntentStatus}. */
export function useIntents(): IntentQueue {
  const queue = useContext(IntentsContext);
  if (!queue) throw new Error('useIntents must be used inside <IntentsProvider>');
  return queue;
}

export type IntentStatus =
  | { state: 'none' }
  | { state: 'waiting'; retrying: boolean }
  | { state: 'sent' }
  | { state: 'refused'; message: Msg; fields: Readonly<Record<string, Msg>> };

const NONE: IntentStatus = { state: 'none' };
const WAITING: IntentStatus = { state: 'waiting', retrying: false };
const RETRYING: IntentStatus = { state: 'waiting', retrying: true };
const SENT: IntentStatus = { state: 'sent' };

/** Where one request is: still on this device, accepted by the server, or refused with the server's reason (by id, to word with `t`). */
export function useIntentStatus(id: string | null): IntentStatus {
  const queue = useIntents();
  const waiting = useQueueState(queue, (s) => (id ? s.queue.some((q) => q.id === id) : false));
  const retrying = useQueueState(queue, (s) => s.retrying);
  const answer = useQueueState(queue, (s) => (id ? s.answers[id] : undefined));
  if (!id) return NONE;
  if (waiting) return retrying ? RETRYING : WAITING;
  if (!answer) return NONE;
  if (answer.ok) return SENT;
  return { state: 'refused', message: answer.msg ?? { id: 'intents.refused' }, fields: answer.fieldMsgs ?? {} };
}
