import type { WebsocketProvider } from 'y-websocket';
import { MSG_INTENT_ANSWER, intentFrame, readIntentAnswer } from '../../shared/schema/intentFrames.ts';
import { ApiError, NETWORK_MESSAGE, readError } from '../api.ts';
import { openSocket } from './openSocket.ts';

/** No answer in this long: treated as a dropped connection, so the queue tries again (the same id applies once). */
const ANSWER_TIMEOUT_MS = 15_000;

interface Waiting {
  resolve: (body: unknown) => void;
  reject: (err: ApiError) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * IN10 — Intents over the shared document's socket, which this device keeps open anyway: no second
 * connection for a score on a phone, and no HTTP round trip. The server checks and stores them as
 * it does `POST …/intents` and answers with the same status and body once stored, so the caller
 * reads an answer here exactly as it reads one from `api.sendIntent`.
 */
export class IntentLine {
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly provider: WebsocketProvider) {
    provider.messageHandlers[MSG_INTENT_ANSWER] = (_encoder, decoder) => {
      const { id, status, body } = readIntentAnswer(decoder);
      const w = this.waiting.get(id);
      if (!w) return;
      this.settle(id);
      if (status === 200) w.resolve(body);
      else void readError(status, body).then(w.reject);
    };
    // Answers do not outlive their socket: what was in flight is sent again later.
    provider.on('status', ({ status }) => {
      if (status === 'disconnected') this.dropAll();
    });
  }

  /** Whether an intent can go this way now (otherwise over HTTP). */
  get open(): boolean {
    return openSocket(this.provider) !== null;
  }

  /** Resolves with the server's answer body; rejects with an ApiError as `request` does (status 0 when the socket went). */
  send(intent: { id: string } & Record<string, unknown>): Promise<unknown> {
    const ws = openSocket(this.provider);
    if (!ws) return Promise.reject(new ApiError(0, 'network', NETWORK_MESSAGE));
    const earlier = this.waiting.get(intent.id);
    if (earlier) {
      this.settle(intent.id);
      earlier.reject(new ApiError(0, 'network', NETWORK_MESSAGE));
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(intent.id);
        reject(new ApiError(0, 'network', NETWORK_MESSAGE));
      }, ANSWER_TIMEOUT_MS);
      this.waiting.set(intent.id, { resolve, reject, timer });
      ws.send(intentFrame(intent));
    });
  }

  private settle(id: string): void {
    const w = this.waiting.get(id);
    if (w) clearTimeout(w.timer);
    this.waiting.delete(id);
  }

  private dropAll(): void {
    for (const [id, w] of [...this.waiting]) {
      this.settle(id);
      w.reject(new ApiError(0, 'network', NETWORK_MESSAGE));
    }
  }
}
