import type { Duplex } from 'node:stream';

/**
 * Relays to many sockets, framed once. A room sends the same bytes to every peer (an update, a
 * presence change); through `ws.send` each peer paid for framing them again — a header buffer, an
 * options object, and a corked two-chunk write that Node gathers into an array for `writev` — and
 * that per-send garbage was most of what the relay allocated. Here the WebSocket frame is built
 * once per message and the same Buffer is written to each socket in one plain `write`.
 *
 * Writing to the socket ws reads from is safe because our server never makes ws hold a frame back:
 * with permessage-deflate off and no Blobs sent, ws's Sender writes every frame (pings, the closing
 * frame, anything still sent through `ws.send`) to the socket synchronously, so the socket's own
 * queue keeps everything in order, and `ws.bufferedAmount` (BP1) still counts what is waiting.
 */

/** Messages larger than this go through `ws.send`: one peer gets them (a sync answer), and a copy would cost more than the header. */
export const SHARED_FRAME_MAX_BYTES = 64 * 1024;

/** A final, unmasked binary frame (RFC 6455 §5.2, server to client) holding `message`. */
export function binaryFrame(message: Uint8Array): Buffer {
  const n = message.byteLength;
  const head = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(head + n);
  frame[0] = 0x82; // FIN, opcode 2 (binary)
  if (n < 126) {
    frame[1] = n;
  } else if (n < 65536) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(n / 2 ** 32), 2);
    frame.writeUInt32BE(n >>> 0, 6);
  }
  frame.set(message, head);
  return frame;
}

/**
 * The frame for the message being relayed now. A relay hands every peer the same Uint8Array one
 * after the other, so remembering the last one frames it once per relay, whoever sends it (a
 * room's relay, presence); messages are never changed after they are built.
 */
let lastMessage: Uint8Array | null = null;
let lastFrame: Buffer | null = null;

export function sharedFrame(message: Uint8Array): Buffer {
  if (message !== lastMessage || !lastFrame) {
    lastFrame = binaryFrame(message);
    lastMessage = message;
  }
  return lastFrame;
}

/** The socket under an accepted WebSocket, written to directly (see above). */
export type RawSocket = Pick<Duplex, 'write' | 'writable'>;
