import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import * as decoding from 'lib0/decoding';
import { MSG_STORAGE_STATUS } from '../../shared/schema/syncStatus.ts';
import { MSG_INTENT_ANSWER, intentFrame, readIntentAnswer, type IntentAnswer } from '../../shared/schema/intentFrames.ts';

// Each y-websocket provider adds a process 'exit' listener in Node; tests open dozens.
process.setMaxListeners(200);

/** A ws WebSocket that sends the tab's cookie and Origin, as a browser would. */
function socketClass(cookie: string | null, origin: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { ...(cookie ? { cookie } : {}), origin } });
    }
  } as unknown as typeof WebSocket;
}

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes the server sent, in order. */
  closes: number[];
  /** Storage status messages (SF2) the server sent a writer: 0 not saving, 1 saving again. */
  storage: number[];
  /** Answers to intents sent over this socket (IN10), not yet taken by sendIntentOverSocket. */
  answers: IntentAnswer[];
  destroy(): void;
}

/** A real y-websocket client from Node, with BroadcastChannel sharing off (it would bypass the server). */
export function connect(baseUrl: string, room: string, cookie: string | null, doc = new Y.Doc()): SyncClient {
  const u = new URL(baseUrl);
  const provider = new WebsocketProvider(`ws://${u.host}/sync`, room, doc, {
    WebSocketPolyfill: socketClass(cookie, u.origin) as never,
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closes: number[] = [];
  const storage: number[] = [];
  provider.on('connection-close', (e: CloseEvent | null) => { if (e) closes.push(e.code); });
  provider.messageHandlers[MSG_STORAGE_STATUS] = (_encoder, decoder) => { storage.push(decoding.readVarUint(decoder)); };
  const answers: IntentAnswer[] = [];
  provider.messageHandlers[MSG_INTENT_ANSWER] = (_encoder, decoder) => { answers.push(readIntentAnswer(decoder)); };
  return { doc, provider, closes, storage, answers, destroy: () => { provider.destroy(); doc.destroy(); } };
}

/** IN10 — Send an intent over the client's socket and wait for the answer with its id. */
export async function sendIntentOverSocket(c: SyncClient, intent: { id: string } & Record<string, unknown>, timeoutMs = 5000): Promise<IntentAnswer> {
  c.provider.ws!.send(intentFrame(intent));
  let found: IntentAnswer | undefined;
  await eventually(() => (found = c.answers.find((a) => a.id === intent.id)) !== undefined, timeoutMs, `answer to ${intent.id}`);
  c.answers.splice(c.answers.indexOf(found!), 1);
  return found!;
}

export function whenSynced(c: SyncClient, timeoutMs = 5000): Promise<void> {
  if (c.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
    c.provider.once('sync', (s: boolean) => { if (s) { clearTimeout(t); resolve(); } });
  });
}

/** Poll until `check` holds: for convergence across sockets, where no single event says "done". */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}
