import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { openStore } from './store/open.ts';
import type { Store } from './store/types.ts';
import { removePidFile, writePidFile } from './store/pidFile.ts';
import { Sessions, cookieName, readCookie } from './auth/sessions.ts';
import { Audit, entryIn } from './audit.ts';
import { releaseMemory } from './runtime/memory.ts';
import { RoomRegistry } from './sync/registry.ts';
import { MAX_SOCKETS_PER_SESSION, SyncServer, refuse } from './sync/upgrade.ts';
import { CLOSE } from './sync/connection.ts';
import { createApp, expectedOrigin } from './http/app.ts';
import { errorBody } from './http/errors.ts';
import { msg } from '../shared/i18n/messages.ts';
import { Conferences } from './services/conferences.ts';
import { Retention } from './services/retention.ts';
import { Sweeper, type SweepResult } from './sweeper.ts';
import { sessionRoutes } from './http/routes/session.ts';
import { conferenceRoutes } from './http/routes/conferences.ts';
import { joinRoutes } from './http/routes/join.ts';
import { intentRoutes } from './http/routes/intents.ts';
import { lobbyRoutes } from './http/routes/lobby.ts';
import { attendeeRoutes } from './http/routes/attendees.ts';
import { settingsRoutes } from './http/routes/settings.ts';
import { auditRoutes } from './http/routes/audit.ts';
import { staffRoutes } from './http/routes/staff.ts';
import { recordRoutes } from './http/routes/record.ts';
import { recordLinkRoutes } from './http/routes/recordLink.ts';
import { dashboardRoutes } from './http/routes/dashboard.ts';
import { caseRoutes } from './http/routes/cases.ts';
import { Reviews } from './services/reviews.ts';
import { RecordService } from './services/record.ts';
import type { Cluster, ControlKind } from './cluster/cluster.ts';
import { SharedSocketCap, sharedLimits } from './cluster/sharedLimits.ts';
import { PresenceBoard } from './cluster/presenceBoard.ts';
import { SESSION_WRITES, localLimits } from './http/limits.ts';
import { socketIntents } from './intents/socket.ts';

export interface RunningServer {
  url: string;
  store: Store;
  registry: RoomRegistry;
  sync: SyncServer;
  /** Present when REDIS_URL is set (several instances). */
  cluster: Cluster | null;
  audit: Audit;
  /** Run the periodic sweep now (sessions, dead sockets, retention); `now` lets a test move the clock. */
  sweep(now?: number): Promise<SweepResult>;
  close(): Promise<void>;
}

export interface StartOptions {
  distDir?: string;
  /** Where log lines go instead of stdout (tests capture them). */
  logStream?: { write(line: string): void };
  /**
   * Give memory back to the system once started and whenever no meeting is open
   * (server/runtime/memory.ts): on for the server's own process, off where tests start several
   * servers in one process, where each would pause the others for a collection of their heap.
   */
  releaseMemory?: boolean;
}

const DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

/** Composition root: config → store → sessions → sync → http → sweeps → listen. */
export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  // Background store work (checkpoints) reports through the app's log, which exists by the time it runs.
  const store = await openStore(config, { onError: (message) => app.log.error({ err: message }, 'store background work failed') });
  const sessions = new Sessions(store, config);
  const audit = new Audit(store);
  // Set once the handlers below exist; control messages arriving before that have nothing to close.
  let onControl: (kind: ControlKind, id: string) => void = () => undefined;
  let onReconnect: () => void = () => undefined;
  // Loaded only with REDIS_URL: one instance does not carry the Redis client in memory.
  const cluster = config.redisUrl
    ? new (await import('./cluster/cluster.ts')).Cluster({
      redisUrl: config.redisUrl,
      instanceId: config.instanceId,
      onControl: (kind, id) => onControl(kind, id),
      onReconnect: () => onReconnect(),
      log: { warn: (o, m) => app.log.warn(o, m), info: (o, m) => app.log.info(o, m) },
    })
    : null;
  const limits = cluster ? sharedLimits(() => cluster.redis) : localLimits;
  const sessionWrites = limits.write('session', SESSION_WRITES.burst, SESSION_WRITES.perSecond);
  const app = createApp({ config, sessions, audit, limits, sessionWrites, distDir: opts.distDir ?? DIST_DIR, ...(opts.logStream ? { logStream: opts.logStream } : {}) });
  const registry = new RoomRegistry(store, {
    idleMs: config.roomIdleMs,
    compactEvery: config.compactEvery,
    onRoomError: (room, err) => app.log.error({ room: room.slice(0, 6), err: err.message }, 'room storage error'),
    cluster,
    onEmpty: () => {
      store.releaseIdle?.().catch((err: Error) => app.log.error({ err: err.message }, 'store release failed'));
      if (opts.releaseMemory) void releaseMemory();
    },
  });
  const conferences = new Conferences(store, registry);
  const record = new RecordService(store, registry);
  const reviews = new Reviews(store, registry, conferences, record);

  const socketCap = cluster ? new SharedSocketCap(cluster.instanceId, MAX_SOCKETS_PER_SESSION, () => cluster.redis, () => sync.socketCounts()) : null;
  const sync: SyncServer = new SyncServer({
    registry,
    authenticate: (req) => sessions.resolve(readCookie(req.headers.cookie, cookieName(config))),
    originAllowed: (req) => req.headers.origin === expectedOrigin(config, req.headers.host),
    reach: async (p, id) => (await conferences.reachable(p, id))?.status ?? null,
    intents: socketIntents({ store, audit, conferences, registry, sessions, sessionWrites, log: { warn: (o, m) => app.log.warn(o, m), error: (o, m) => app.log.error(o, m) } }),
    events: {
      violation: (kind, p, room) => {
        app.log.warn({ kind, role: p.role, room: room.slice(0, 6) }, 'sync violation');
        const action = kind === 'write_attempt' ? 'write_attempt' : kind === 'malformed' ? 'malformed_message' : kind === 'too_large' ? 'too_large' : 'rate_limited';
        void audit.record(entryIn(room.split('/')[0] ?? null, p, action))
          .catch((err: Error) => app.log.error({ err: err.message }, 'audit failed'));
      },
      // BP1/BP2 — Logged, not audited: a phone in a tunnel is not misconduct.
      cutOff: (reason, p, room) => app.log.warn({ reason, role: p.role, room: room.slice(0, 6) }, 'socket cut off'),
      edited: (edits, p, room) => {
        for (const e of edits) {
          void audit.record(entryIn(room.split('/')[0] ?? null, p, e.action, e.detail))
            .catch((err: Error) => app.log.error({ err: err.message }, 'audit failed'));
        }
      },
    },
    queue: config.socketQueue,
    log: app.log,
    socketCap,
  });
  app.server.on('upgrade', (req, socket, head) => {
    sync.handleUpgrade(req, socket, head).catch((err: Error) => {
      app.log.error({ err: err.message }, 'upgrade failed');
      refuse(socket, 500);
    });
  });

  const ofConference = (id: string, room: string) => room === id || room.startsWith(`${id}/`);
  // Each closes the sockets on this instance; the exported versions below tell the other instances too.
  const local: Record<ControlKind, (id: string) => void> = {
    conference: (id) => {
      // Attendees' sessions have ended; staff reload and reconnect to complete the record (FN1).
      sync.disconnect((p, room) => p.kind === 'attendee' && ofConference(id, room), CLOSE.sessionEnded, 'conference closed');
      sync.disconnect((_p, room) => ofConference(id, room), CLOSE.finalised, 'conference finalised');
    },
    attendee: (id) => void sync.disconnect((p) => p.attendeeId === id, CLOSE.removed, 'removed'),
    session: (hash) => void sync.disconnect((p) => p.sessionHash === hash, CLOSE.sessionEnded, 'signed out'),
  };
  const everywhere = (kind: ControlKind) => (id: string) => {
    local[kind](id);
    cluster?.broadcast(kind, id);
  };
  const closeConferenceSockets = everywhere('conference');
  const removeAttendeeSockets = everywhere('attendee');
  onControl = (kind, id) => local[kind](id);

  // SF3 — Ready only when the store can be written: a read-only or full database is not "ok".
  app.get('/healthz', async (_req, reply) => {
    try {
      await store.checkWritable();
      return { ok: true, store: 'writable' };
    } catch {
      return reply.status(503).header('Retry-After', '5').type('application/json')
        .send(errorBody('storage_unavailable', msg('errors.notWritable')));
    }
  });
  sessionRoutes(app, {
    config, store, sessions, audit, limits,
    onSessionEnded: everywhere('session'),
  });
  conferenceRoutes(app, { store, audit, conferences, reviews, onAttendeeRemoved: removeAttendeeSockets, onConferenceClosed: closeConferenceSockets });
  joinRoutes(app, { config, store, sessions, audit, limits });
  lobbyRoutes(app, { config, store, sessions, audit, conferences });
  const conferencesHere = () => [...new Set(sync.rooms().map((r) => r.split('/')[0]!))];
  const presenceBoard = cluster ? new PresenceBoard(cluster.instanceId, () => cluster.redis, { conferences: conferencesHere, presence: (id) => sync.presence(id) }) : null;
  attendeeRoutes(app, {
    store, audit, conferences, onAttendeeRemoved: removeAttendeeSockets,
    presence: (id) => presenceBoard?.presence(id) ?? sync.presence(id),
  });
  intentRoutes(app, { store, audit, conferences, registry });
  staffRoutes(app, {
    store, audit, conferences,
    onStaffRemoved: (conferenceId, userId) => sync.disconnect(
      (p, room) => p.userId === userId && (room === conferenceId || room.startsWith(`${conferenceId}/`)), CLOSE.removed, 'no longer assigned'),
  });
  auditRoutes(app, { store, audit });
  settingsRoutes(app, { store, audit });
  recordRoutes(app, { store, audit, conferences, record });
  recordLinkRoutes(app, { store, audit, record });
  dashboardRoutes(app, { store });
  caseRoutes(app, { reviews });

  const retention = new Retention({ store, registry, audit, retentionMs: config.retentionMs, disconnect: closeConferenceSockets });
  const sweeper = new Sweeper({ config, store, sync, retention, onError: (err) => app.log.error({ err: err.message }, 'sweep failed') });

  // After an outage of Redis, a removal, sign-out or close announced meanwhile may not have reached
  // this instance: the sweep closes sockets of sessions that ended, and closed conferences are checked.
  onReconnect = () => {
    void socketCap?.reregister();
    void sweeper.sweep().catch((err: Error) => app.log.error({ err: err.message }, 'sweep failed'));
    for (const id of conferencesHere()) {
      void store.conference(id).then((c) => { if (!c || c.status === 'closed') local.conference(id); }).catch(() => undefined);
    }
  };
  await cluster?.start();
  await socketCap?.renew();
  if (opts.releaseMemory) await releaseMemory();
  await app.listen({ port: config.port, host: config.host });
  // The pid file guards SQLite restores; several PostgreSQL instances may share one DATA_DIR.
  if (!config.databaseUrl) writePidFile(config.dataDir);
  sweeper.start();
  const addr = app.server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;

  return {
    url: `http://${host}:${addr.port}`,
    store,
    registry,
    sync,
    cluster,
    audit,
    sweep: (now) => sweeper.sweep(now),
    async close() {
      await sweeper.stop();
      sync.close();
      await app.close();
      await registry.closeAll();
      socketCap?.stop();
      presenceBoard?.stop();
      await cluster?.close();
      await audit.flush();
      await store.close();
      if (!config.databaseUrl) removePidFile(config.dataDir);
    },
  };
}
