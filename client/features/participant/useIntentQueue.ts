import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useConnectionStatus } from '../../model/hooks.ts';
import { createIntentQueue, type IntentQueue, type IntentQueueState } from '../../sync/intents.ts';

/** This conference's queue of things to send, alive while the participant screen is open. */
export function useIntentQueue(conferenceId: string): IntentQueue {
  const [queue] = useState(() => createIntentQueue(conferenceId));
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
