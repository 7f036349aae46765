import { describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { binaryFrame, sharedFrame } from './frame.ts';

describe('frames built once for every peer', () => {
  it('reach a ws client as the messages they hold, at every header size, in order with frames ws sends', async () => {
    const sizes = [0, 1, 125, 126, 127, 65535, 65536, 70_000];
    const message = (n: number) => new Uint8Array(n).map((_, i) => (i * 7 + n) % 251);
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
    wss.on('connection', (ws, req) => {
      for (const n of sizes) {
        req.socket.write(binaryFrame(message(n)));
        ws.send(new Uint8Array([n % 256])); // ws's own frames, interleaved
      }
    });
    await new Promise((r) => wss.once('listening', r));
    const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
    const got: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      client.on('message', (data: Buffer) => { if (got.push(data) === 2 * sizes.length) resolve(); });
      client.on('error', reject);
    });
    client.close();
    await new Promise((r) => wss.close(r));
    sizes.forEach((n, i) => {
      expect(got[2 * i]!.equals(message(n)), `${n} bytes`).toBe(true);
      expect([...got[2 * i + 1]!]).toEqual([n % 256]);
    });
  });

  it('are built once per message, however many peers send it', () => {
    const a = new Uint8Array([0, 2, 1, 7]);
    const b = new Uint8Array([0, 2, 1, 7]);
    expect(sharedFrame(a)).toBe(sharedFrame(a));
    expect(sharedFrame(b)).not.toBe(sharedFrame(a));
    expect(sharedFrame(b).equals(binaryFrame(a))).toBe(true);
  });
});
