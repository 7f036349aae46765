import { resolve } from 'node:path';
import { issueMsg } from '../shared/i18n/zodErrors.ts';
import { translate } from '../shared/i18n/translate.ts';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** The origin browsers use, e.g. https://conference.council.gov.uk. Defaults to http://HOST:PORT. */
  PUBLIC_ORIGIN: z.string().url().optional(),
  /** Set when a TLS reverse proxy fronts the server: Secure `__Host-` cookies and HSTS. */
  TRUST_PROXY_TLS: z.enum(['true', 'false']).default('false'),
  /** How long an idle room stays in memory after its last connection leaves. */
  ROOM_IDLE_MS: z.coerce.number().int().min(0).default(30_000),
  /** Compact a document's log into a snapshot after this many updates. */
  COMPACT_EVERY: z.coerce.number().int().min(1).default(500),
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60),
  STAFF_SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  ATTENDEE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(90),
  ATTENDEE_SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(8),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /** How often expired sessions are swept (and their sockets closed), dead sockets cut and retention applied. */
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(50).max(300_000).default(30_000),
  /**
   * Days a finalised (closed) conference is kept before it is deleted for good. 2555 days is about
   * seven years; set it to your organisation's retention schedule for this tool's copy. Fractions
   * are accepted so tests can use seconds.
   */
  RETENTION_DAYS: z.coerce.number().positive().max(36_500).default(2555),
  /**
   * BP1 — What may wait to be sent to one socket: past this many bytes, or with a backlog older than
   * this many seconds, the peer is not reading and is cut off (its memory is freed). The byte cap
   * must exceed the largest document a device receives whole when it first syncs.
   */
  SOCKET_QUEUE_MAX_BYTES: z.coerce.number().int().min(64 * 1024).default(8 * 1024 * 1024),
  SOCKET_QUEUE_MAX_SECONDS: z.coerce.number().positive().max(600).default(30),
  /** PostgreSQL instead of the embedded SQLite: every instance of a deployment points at the same one. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  /** Redis, which coordinates several instances (docs/scaling.md). Needs DATABASE_URL. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  /** A name for this instance in logs and in Redis; a random one by default. */
  INSTANCE_ID: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).optional(),
}).refine((e) => !e.REDIS_URL || e.DATABASE_URL, { path: ['REDIS_URL'], message: 'needs DATABASE_URL too: several instances share PostgreSQL' });

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Null means "same as the Host header the browser used" (local use). */
  publicOrigin: string | null;
  tls: boolean;
  roomIdleMs: number;
  compactEvery: number;
  sessions: {
    staff: { idleMs: number; maxMs: number };
    attendee: { idleMs: number; maxMs: number };
  };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sweepIntervalMs: number;
  retentionMs: number;
  socketQueue: { maxBytes: number; maxAgeMs: number };
  databaseUrl: string | null;
  redisUrl: string | null;
  instanceId: string | null;
}

/** Parse the environment; fail fast with every problem named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${translate('en', issueMsg(i))}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const minutes = (n: number) => n * 60_000;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    publicOrigin: e.PUBLIC_ORIGIN ? new URL(e.PUBLIC_ORIGIN).origin : null,
    tls: e.TRUST_PROXY_TLS === 'true',
    roomIdleMs: e.ROOM_IDLE_MS,
    compactEvery: e.COMPACT_EVERY,
    sessions: {
      staff: { idleMs: minutes(e.STAFF_SESSION_IDLE_MINUTES), maxMs: minutes(e.STAFF_SESSION_MAX_HOURS * 60) },
      attendee: { idleMs: minutes(e.ATTENDEE_SESSION_IDLE_MINUTES), maxMs: minutes(e.ATTENDEE_SESSION_MAX_HOURS * 60) },
    },
    logLevel: e.LOG_LEVEL,
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    retentionMs: Math.round(e.RETENTION_DAYS * 24 * 60 * 60 * 1000),
    socketQueue: { maxBytes: e.SOCKET_QUEUE_MAX_BYTES, maxAgeMs: Math.round(e.SOCKET_QUEUE_MAX_SECONDS * 1000) },
    databaseUrl: e.DATABASE_URL ?? null,
    redisUrl: e.REDIS_URL ?? null,
    instanceId: e.INSTANCE_ID ?? null,
  };
}
