import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';

// The wire as a hostile or watchful client sees it: raw sockets, hand-made frames, captured bytes.

/** A raw WebSocket on a sync room that records every frame and its close code. */
export class RawSocket {
  readonly frames: Buffer[] = [];
  readonly ws: WebSocket;
  readonly opened: Promise<number | null>;
  readonly closed: Promise<number>;

  constructor(baseUrl: string, room: string, cookie: string | null, origin = new URL(baseUrl).origin) {
    const u = new URL(baseUrl);
    this.ws = new WebSocket(`ws://${u.host}/sync/${room}`, { headers: { ...(cookie ? { cookie } : {}), origin }, maxPayload: 64 * 1024 * 1024 });
    this.ws.on('message', (d: Buffer) => this.frames.push(Buffer.from(d)));
    this.ws.on('error', () => undefined);
    // Resolves with null when open, or with the HTTP status that refused the upgrade.
    this.opened = new Promise((resolve) => {
      this.ws.once('open', () => resolve(null));
      this.ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      this.ws.once('error', () => resolve(0));
    });
    this.closed = new Promise((resolve) => this.ws.once('close', (code) => resolve(code)));
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  send(frame: Uint8Array | string): void {
    if (this.isOpen) this.ws.send(frame);
  }

  /** Resolves once the server has processed everything sent before (a pong comes after them), or the socket closed. */
  roundTrip(): Promise<'pong' | 'closed'> {
    if (!this.isOpen) return Promise.resolve('closed');
    return new Promise((resolve) => {
      const onPong = () => { this.ws.off('close', onClose); resolve('pong'); };
      const onClose = () => { this.ws.off('pong', onPong); resolve('closed'); };
      this.ws.once('pong', onPong);
      this.ws.once('close', onClose);
      this.ws.ping();
    });
  }

  /** Every received byte, for searching. */
  bytes(): Buffer {
    return Buffer.concat(this.frames);
  }

  close(): void {
    this.ws.terminate();
  }
}

/** y-websocket frames, built by hand so tests can send what a modified client would. */
export const frames = {
  syncStep1(doc: Y.Doc = new Y.Doc()): Uint8Array {
    return frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 0); encoding.writeVarUint8Array(e, Y.encodeStateVector(doc)); });
  },
  update(update: Uint8Array, sub: 1 | 2 = 2): Uint8Array {
    return frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, sub); encoding.writeVarUint8Array(e, update); });
  },
  awareness(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, entries.length);
    for (const en of entries) {
      encoding.writeVarUint(inner, en.clientId);
      encoding.writeVarUint(inner, en.clock);
      encoding.writeVarString(inner, JSON.stringify(en.state));
    }
    return frame((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, encoding.toUint8Array(inner)); });
  },
  queryAwareness(): Uint8Array {
    return frame((e) => encoding.writeVarUint(e, 3));
  },
};

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/** A fingerprint of a document's whole state: equal fingerprints, equal documents. */
export function fingerprint(doc: Y.Doc): string {
  return createHash('sha256').update(Y.encodeStateAsUpdate(doc)).digest('hex');
}

/** mulberry32: a small seeded PRNG, so a failing fuzz run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A real y-websocket client whose socket records every frame it receives, byte for byte. */
export interface CapturingClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  received: Buffer[];
  destroy(): void;
}

export function connectCapturing(baseUrl: string, room: string, cookie: string | null): CapturingClient {
  const u = new URL(baseUrl);
  const received: Buffer[] = [];
  class CapturingSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { ...(cookie ? { cookie } : {}), origin: u.origin } });
      this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
        received.push(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer));
      });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://${u.host}/sync`, room, doc, {
    WebSocketPolyfill: CapturingSocket as never,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return { doc, provider, received, destroy: () => { provider.destroy(); doc.destroy(); } };
}
