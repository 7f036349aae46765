import type { Config } from './config.ts';
import type { Store } from './store/types.ts';
import type { SyncServer } from './sync/upgrade.ts';
import type { Retention } from './services/retention.ts';
import { CLOSE } from './sync/connection.ts';

export interface SweepResult {
  expiredSessions: number;
  socketsClosed: number;
  socketsCut: number;
  conferencesDeleted: string[];
}

/**
 * SS1 — The periodic sweep: no socket outlives its session by more than one interval.
 * 1. A session with a socket that sent a frame (or answered a ping) recently is active: its idle clock restarts.
 * 2. Sessions past their idle timeout or absolute lifetime are deleted.
 * 3. Every socket whose session no longer exists closes with 4401 (expired, revoked, ended elsewhere).
 * 4. Sockets silent for two intervals (and at least a minute) are cut, so dead networks free their slots.
 * 5. Finalised conferences past retention are deleted.
 */
export class Sweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SweepResult> | null = null;

  constructor(
    private readonly deps: { config: Config; store: Store; sync: SyncServer; retention: Retention; onError(err: Error): void },
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep().catch((err: Error) => this.deps.onError(err)), this.deps.config.sweepIntervalMs);
    this.timer.unref();
  }

  /** Stop the timer and let a sweep in flight finish before the store closes. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One sweep now (the timer calls this; tests may too). Overlapping calls share one run. */
  sweep(now = Date.now()): Promise<SweepResult> {
    this.running ??= this.run(now).finally(() => { this.running = null; });
    return this.running;
  }

  private async run(now: number): Promise<SweepResult> {
    const { config, store, sync, retention } = this.deps;
    const interval = config.sweepIntervalMs;
    const iso = (t: number) => new Date(t).toISOString();

    const connected = sync.sessions(now - 2 * interval);
    await store.touchSessions([...connected].filter(([, active]) => active).map(([h]) => h), iso(now));
    const expired = await store.expireSessions({
      now: iso(now),
      staffIdleBefore: iso(now - config.sessions.staff.idleMs),
      attendeeIdleBefore: iso(now - config.sessions.attendee.idleMs),
    });
    const live = await store.liveSessions([...connected.keys()]);
    // Only sockets seen above: one that connected during the awaits was checked at its own upgrade.
    const socketsClosed = sync.disconnect((p) => connected.has(p.sessionHash) && !live.has(p.sessionHash), CLOSE.sessionEnded, 'session ended');
    const socketsCut = sync.heartbeat(now - Math.max(2 * interval, 60_000));
    const conferencesDeleted = await retention.sweep(now);
    return { expiredSessions: expired.length, socketsClosed, socketsCut, conferencesDeleted };
  }
}
