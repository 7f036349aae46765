/** Messages between the bench's processes: the orchestrator, our server and the load generator. */

export interface SeedRequest {
  rooms: number;
  readers: number;
  /** Staff (chair) sessions per room; one writer socket each. */
  writers?: number;
}

export interface SeedReply {
  url: string;
  rooms: { id: string; writers: string[]; readers: { cookie: string; attendeeId: string }[] }[];
}

/** One room as the load generator sees it. Cookies are null for the reference server (no sign-in). */
export interface LoadRoom {
  room: string;
  writer: string | null;
  readers: { cookie: string | null; attendeeId: string }[];
  /**
   * When in the edit interval this room's writer starts, as a fraction of it (0–1): the fan-out
   * spreads the writers of all its rooms over the interval, across load generators. Default: the
   * room's place among the rooms its generator holds.
   */
  phase?: number;
}

export type LoadCommand =
  | { cmd: 'connect'; set: string; url: string; rooms: LoadRoom[] }
  /** `startAt` (ms since the epoch, Date.now()'s clock): the window starts then, so several generators start together. */
  | { cmd: 'fanout'; set: string; seconds: number; editsPerSecond: number; startAt?: number }
  | { cmd: 'intents'; set: string; count: number; perSecond: number; mode: 'intent' | 'direct' }
  | { cmd: 'disconnect'; set: string }
  | { cmd: 'large'; url: string; room: LoadRoom }
  | { cmd: 'release'; url: string; room: string }
  | { cmd: 'join'; url: string; room: string; cookies: (string | null)[] }
  | { cmd: 'writes'; url: string; room: string; writers: (string | null)[]; perWriter: number };

export interface FanoutResult {
  latencies: number[];
  deliveries: number;
  lost: number;
  /** When the window started (ms since the epoch, sub-millisecond): the skew between generators. */
  startedAt: number;
  /** The window's length, ms; the generator's CPU time over it (all its threads), ms. */
  windowMs: number;
  cpuMs: number;
  /**
   * Its event-loop thread over the window (/proc schedstat), ms: running, and runnable but waiting
   * for a core. Together near the window's length, the loop never caught up: saturated, or starved.
   */
  loopRunMs: number;
  loopWaitMs: number;
  /** How late a 10 ms timer fired in the generator over the window, ms: whether its event loop kept up. */
  loopDelay: { p50: number; p99: number; max: number };
}
