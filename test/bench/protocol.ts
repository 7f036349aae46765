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
}

export type LoadCommand =
  | { cmd: 'connect'; set: string; url: string; rooms: LoadRoom[] }
  | { cmd: 'fanout'; set: string; seconds: number; editsPerSecond: number }
  | { cmd: 'intents'; set: string; url: string; count: number; perSecond: number; mode: 'intent' | 'direct' }
  | { cmd: 'disconnect'; set: string }
  | { cmd: 'large'; url: string; room: LoadRoom }
  | { cmd: 'release'; url: string; room: string }
  | { cmd: 'join'; url: string; room: string; cookies: (string | null)[] }
  | { cmd: 'writes'; url: string; room: string; writers: (string | null)[]; perWriter: number };

export interface FanoutResult {
  latencies: number[];
  deliveries: number;
  lost: number;
}
