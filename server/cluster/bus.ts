import { Redis } from 'ioredis';

export type BusHandler = (payload: Buffer) => void;

/**
 * Redis pub/sub between instances. Publishing never waits and never queues: while Redis is away a
 * message is dropped, and the receivers notice from the log (docs/scaling.md). Subscriptions are
 * renewed by ioredis after a reconnect; `onUp` fires then so rooms can catch up on what they missed.
 */
export class RedisBus {
  /** Commands (publish, shared limits); fails at once while disconnected instead of queueing. */
  readonly cmd: Redis;
  private readonly sub: Redis;
  private readonly handlers = new Map<string, BusHandler>();
  private wasUp = false;
  private closed = false;

  constructor(
    url: string,
    private readonly events: { onUp(): void; onDown(): void },
  ) {
    const common = {
      // Keep trying every second at most: a restarted Redis is back within a second of listening.
      retryStrategy: (n: number) => Math.min(100 * n, 1000),
      connectTimeout: 2000,
      lazyConnect: true,
    };
    this.cmd = new Redis(url, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    this.sub = new Redis(url, { ...common, autoResubscribe: true });
    for (const c of [this.cmd, this.sub]) {
      c.on('error', () => undefined); // reported through the status below, never fatal
      c.on('ready', () => this.status());
      c.on('close', () => this.status());
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.handlers.get(channel.toString())?.(message));
  }

  async connect(): Promise<void> {
    // Start even when Redis is down: the instance serves its own rooms and catches up when it returns.
    await Promise.allSettled([this.cmd.connect(), this.sub.connect()]);
    this.status();
  }

  get up(): boolean {
    return this.cmd.status === 'ready' && this.sub.status === 'ready';
  }

  private status(): void {
    if (this.closed) return;
    const up = this.up;
    if (up === this.wasUp) return;
    this.wasUp = up;
    if (up) this.events.onUp();
    else this.events.onDown();
  }

  publish(channel: string, payload: Buffer): void {
    if (!this.up) return;
    this.cmd.publish(channel, payload).catch(() => undefined);
  }

  subscribe(channel: string, handler: BusHandler): void {
    this.handlers.set(channel, handler);
    this.sub.subscribe(channel).catch(() => undefined);
  }

  unsubscribe(channel: string): void {
    if (!this.handlers.delete(channel)) return;
    this.sub.unsubscribe(channel).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cmd.disconnect();
    this.sub.disconnect();
  }
}
