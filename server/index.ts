import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { SqliteStore } from './store/sqlite.ts';
import type { Store } from './store/types.ts';
import { removePidFile, writePidFile } from './store/pidFile.ts';
import { Sessions, cookieName, readCookie } from './auth/sessions.ts';
import { Audit } from './audit.ts';
import { RoomRegistry } from './sync/registry.ts';
import { SyncServer, refuse } from './sync/upgrade.ts';
import { CLOSE } from './sync/connection.ts';
import { createApp, expectedOrigin } from './http/app.ts';
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
import { RecordService } from './services/record.ts';

export interface RunningServer {
  url: string;
  store: Store;
  registry: RoomRegistry;
  sync: SyncServer;
  audit: Audit;
  /** Run the periodic sweep now (sessions, dead sockets, retention); `now` lets a test move the clock. */
  sweep(now?: number): Promise<SweepResult>;
  close(): Promise<void>;
}

export interface StartOptions {
  distDir?: string;
  /** Where log lines go instead of stdout (tests capture them). */
  logStream?: { write(line: string): void };
}

const DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

/** Composition root: config → store → sessions → sync → http → sweeps → listen. */
export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  const store = new SqliteStore(config.dataDir);
  const sessions = new Sessions(store, config);
  const audit = new Audit(store);
  const app = createApp({ config, sessions, audit, distDir: opts.distDir ?? DIST_DIR, ...(opts.logStream ? { logStream: opts.logStream } : {}) });
  const registry = new RoomRegistry(store, {
    idleMs: config.roomIdleMs,
    compactEvery: config.compactEvery,
    onRoomError: (room, err) => app.log.error({ room: room.slice(0, 6), err: err.message }, 'room storage error'),
  });
  const conferences = new Conferences(store, registry);
  const record = new RecordService(store, registry);
  const actorOf = (p: { attendeeId: string | null; userId: string | null }) => p.attendeeId ?? p.userId ?? '';

  const sync = new SyncServer({
    registry,
    authenticate: (req) => sessions.resolve(readCookie(req.headers.cookie, cookieName(config))),
    originAllowed: (req) => req.headers.origin === expectedOrigin(config, req.headers.host),
    reach: async (p, id) => (await conferences.reachable(p, id))?.status ?? null,
    events: {
      violation: (kind, p, room) => {
        app.log.warn({ kind, role: p.role, room: room.slice(0, 6) }, 'sync violation');
        const action = kind === 'write_attempt' ? 'write_attempt' : kind === 'malformed' ? 'malformed_message' : kind === 'too_large' ? 'too_large' : 'rate_limited';
        void audit.record({ actor: actorOf(p), role: p.role, conferenceId: room.split('/')[0] ?? null, action })
          .catch((err: Error) => app.log.error({ err: err.message }, 'audit failed'));
      },
      // BP1/BP2 — Logged, not audited: a phone in a tunnel is not misconduct.
      cutOff: (reason, p, room) => app.log.warn({ reason, role: p.role, room: room.slice(0, 6) }, 'socket cut off'),
      edited: (edits, p, room) => {
        for (const e of edits) {
          void audit.record({ actor: actorOf(p), role: p.role, conferenceId: room.split('/')[0] ?? null, action: e.action, detail: e.detail })
            .catch((err: Error) => app.log.error({ err: err.message }, 'audit failed'));
        }
      },
    },
    queue: config.socketQueue,
    log: app.log,
  });
  app.server.on('upgrade', (req, socket, head) => {
    sync.handleUpgrade(req, socket, head).catch((err: Error) => {
      app.log.error({ err: err.message }, 'upgrade failed');
      refuse(socket, 500);
    });
  });

  const closeConferenceSockets = (id: string) => {
    const ofConference = (room: string) => room === id || room.startsWith(`${id}/`);
    // Attendees' sessions have ended; staff reload and reconnect to complete the record (FN1).
    sync.disconnect((p, room) => p.kind === 'attendee' && ofConference(room), CLOSE.sessionEnded, 'conference closed');
    sync.disconnect((_p, room) => ofConference(room), CLOSE.finalised, 'conference finalised');
  };
  const removeAttendeeSockets = (id: string) => sync.disconnect((p) => p.attendeeId === id, CLOSE.removed, 'removed');

  // SF3 — Ready only when the store can be written: a read-only or full database is not "ok".
  app.get('/healthz', async (_req, reply) => {
    try {
      await store.checkWritable();
      return { ok: true, store: 'writable' };
    } catch {
      return reply.status(503).header('Retry-After', '5')
        .send({ error: { code: 'storage_unavailable', message: 'The server is running but cannot save anything right now.' } });
    }
  });
  sessionRoutes(app, {
    config, store, sessions, audit,
    onSessionEnded: (hash) => sync.disconnect((p) => p.sessionHash === hash, CLOSE.sessionEnded, 'signed out'),
  });
  conferenceRoutes(app, { store, audit, conferences, onAttendeeRemoved: removeAttendeeSockets, onConferenceClosed: closeConferenceSockets });
  joinRoutes(app, { config, store, sessions, audit });
  lobbyRoutes(app, { config, store, sessions, audit, conferences });
  attendeeRoutes(app, { store, audit, conferences, presence: (id) => sync.presence(id), onAttendeeRemoved: removeAttendeeSockets });
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

  const retention = new Retention({ store, registry, audit, retentionMs: config.retentionMs, disconnect: closeConferenceSockets });
  const sweeper = new Sweeper({ config, store, sync, retention, onError: (err) => app.log.error({ err: err.message }, 'sweep failed') });

  await app.listen({ port: config.port, host: config.host });
  writePidFile(config.dataDir);
  sweeper.start();
  const addr = app.server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;

  return {
    url: `http://${host}:${addr.port}`,
    store,
    registry,
    sync,
    audit,
    sweep: (now) => sweeper.sweep(now),
    async close() {
      await sweeper.stop();
      sync.close();
      await app.close();
      await registry.closeAll();
      await store.close();
      removePidFile(config.dataDir);
    },
  };
}
