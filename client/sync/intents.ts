import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Msg } from '../../shared/i18n/messages.ts';
import { ApiError, api } from '../api.ts';
import { newId } from '../../shared/schema/ids.ts';
import { queueKey } from './localStorageKeys.ts';
import type { IntentLine } from './intentLine.ts';

/**
 * What a participant sends to the server (docs/api.md "Intents"), queued on this device until the
 * server answers. Each intent keeps the id it was made with, so resending after a dropped
 * connection is applied once. Nothing typed is lost: a refused intent comes back with the reason.
 */
export interface QueuedIntent {
  id: string;
  type: string;
  body: Record<string, unknown>;
  queuedAt: string;
}

export interface IntentOutcome {
  id: string;
  type: string;
  body: Record<string, unknown>;
  ok: boolean;
  /** Plain English from the server when it refused (for logs). */
  message?: string;
  fields?: Readonly<Record<string, string>>;
  /** The refusal by message id, to show in the person's language, and each field's. */
  msg?: Msg;
  fieldMsgs?: Readonly<Record<string, Msg>>;
}

export interface IntentQueueState {
  queue: readonly QueuedIntent[];
  sending: boolean;
  /** The last attempt could not reach the server or the server could not store it (503): kept, retried. */
  retrying: boolean;
  /** The most recent answer, for the confirmation or the error by the form. */
  last: IntentOutcome | null;
  /** Recent answers by intent id, so each form can follow its own request (at most ANSWERS_KEPT). */
  answers: Readonly<Record<string, IntentOutcome>>;
}

export interface IntentQueue {
  store: StoreApi<IntentQueueState>;
  send: (type: string, body: Record<string, unknown>) => string;
  flush: () => Promise<void>;
  dispose: () => void;
}

function load(conferenceId: string): QueuedIntent[] {
  try {
    const raw = JSON.parse(localStorage.getItem(queueKey(conferenceId)) ?? '[]') as unknown;
    return Array.isArray(raw) ? (raw as QueuedIntent[]).filter((q) => typeof q?.id === 'string' && typeof q.type === 'string') : [];
  } catch {
    return [];
  }
}

function save(conferenceId: string, queue: readonly QueuedIntent[]): void {
  try {
    if (queue.length) localStorage.setItem(queueKey(conferenceId), JSON.stringify(queue));
    else localStorage.removeItem(queueKey(conferenceId));
  } catch {
    // Storage disabled: the queue lasts as long as the page.
  }
}

const RETRY_MS = 15000;
const ANSWERS_KEPT = 50;

function withAnswer(answers: Readonly<Record<string, IntentOutcome>>, outcome: IntentOutcome): Record<string, IntentOutcome> {
  const entries = Object.entries(answers).filter(([id]) => id !== outcome.id);
  return Object.fromEntries([...entries.slice(-(ANSWERS_KEPT - 1)), [outcome.id, outcome]]);
}

/** `line`: the room's socket (IN10), used while it is open; otherwise, and without it, HTTP. */
export function createIntentQueue(conferenceId: string, line?: IntentLine): IntentQueue {
  const store = createStore<IntentQueueState>()(() => ({ queue: load(conferenceId), sending: false, retrying: false, last: null, answers: {} }));
  const answer = (outcome: IntentOutcome) => store.setState({ last: outcome, answers: withAnswer(store.getState().answers, outcome) });
  const setQueue = (queue: QueuedIntent[]) => {
    save(conferenceId, queue);
    store.setState({ queue });
  };

  const flush = async (): Promise<void> => {
    if (store.getState().sending) return;
    store.setState({ sending: true });
    try {
      for (;;) {
        const next = store.getState().queue[0];
        if (!next) return;
        try {
          const intent = { ...next.body, id: next.id, type: next.type };
          await (line?.open ? line.send(intent) : api.sendIntent(conferenceId, intent));
          setQueue(store.getState().queue.filter((q) => q.id !== next.id));
          store.setState({ retrying: false });
          answer({ id: next.id, type: next.type, body: next.body, ok: true });
        } catch (e) {
          if (e instanceof ApiError && !e.isNetwork && e.status !== 401 && e.status !== 429) {
            setQueue(store.getState().queue.filter((q) => q.id !== next.id));
            store.setState({ retrying: false });
            answer({ id: next.id, type: next.type, body: next.body, ok: false, message: e.message, fields: e.fields, msg: e.msg, fieldMsgs: e.fieldMsgs });
            continue;
          }
          // Offline, busy, or the server cannot store it yet (503 storage_unavailable, SF1): keep it and try again later.
          store.setState({ retrying: true });
          return;
        }
      }
    } finally {
      store.setState({ sending: false });
    }
  };

  const send = (type: string, body: Record<string, unknown>): string => {
    const id = newId(20);
    setQueue([...store.getState().queue, { id, type, body, queuedAt: new Date().toISOString() }]);
    void flush();
    return id;
  };

  const onOnline = () => void flush();
  window.addEventListener('online', onOnline);
  const timer = setInterval(() => {
    if (store.getState().queue.length) void flush();
  }, RETRY_MS);
  if (store.getState().queue.length) void flush();

  return {
    store,
    send,
    flush,
    dispose: () => {
      window.removeEventListener('online', onOnline);
      clearInterval(timer);
    },
  };
}
