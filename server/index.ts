import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { SqliteStore } from './store/sqlite.ts';
import type { Store } from './store/types.ts';
import { Sessions, cookieName, readCookie } from './auth/sessions.ts';
import { Audit } from './audit.ts';
import { RoomRegistry } from './sync/registry.ts';
import { SyncServer } from './sync/upgrade.ts';
import { CLOSE } from './sync/connection.ts';
import { createApp, expectedOrigin } from './http/app.ts';
import { Conferences } from './services/conferences.ts';
import { sessionRoutes } from './http/routes/session.ts';
import { conferenceRoutes } from './http/routes/conferences.ts';
import { joinRoutes } from './http/routes/join.ts';
import { intentRoutes } from './http/routes/intents.ts';
import { DEFAULT_DIST } from './clientBuild.ts';

export interface RunningServer {
  url: string;
  store: Store;
  registry: RoomRegistry;
  sync: SyncServer;
  close(): Promise<void>;
}

/** Composition root: config → store → sessions → sync → http → listen. */
export async function startServer(config: Config, opts: { distDir?: string } = {}): Promise<RunningServer> {
  const store = new SqliteStore(config.dataDir);
  const sessions = new Sessions(store, config);
  const audit = new Audit(store);
  const app = createApp({ config, sessions, distDir: opts.distDir ?? DEFAULT_DIST });
  const registry = new RoomRegistry(store, {
    idleMs: config.roomIdleMs,
    compactEvery: config.compactEvery,
    onRoomError: (room, err) => app.log.error({ room: room.slice(0, 6), err: err.message }, 'room storage error'),
  });
  const conferences = new Conferences(store, registry);

  const sync = new SyncServer({
    registry,
    authenticate: (req) => sessions.resolve(readCookie(req.headers.cookie, cookieName(config))),
    originAllowed: (req) => req.headers.origin === expectedOrigin(config, req.headers.host),
    mayReach: async (p, id) => (await conferences.reachable(p, id)) !== null,
    events: {
      violation: (kind, p, room) => {
        app.log.warn({ kind, role: p.role, room: room.slice(0, 6) }, 'sync violation');
        const action = kind === 'write_attempt' ? 'write_attempt' : kind === 'malformed' ? 'malformed_message' : 'rate_limited';
        void audit.record({ actor: p.attendeeId ?? p.userId ?? '', role: p.role, conferenceId: room.split('/')[0] ?? null, action });
      },
    },
    log: app.log,
  });
  app.server.on('upgrade', (req, socket, head) => {
    sync.handleUpgrade(req, socket, head).catch((err: Error) => {
      app.log.error({ err: err.message }, 'upgrade failed');
      socket.destroy();
    });
  });

  app.get('/healthz', async () => ({ ok: true }));
  sessionRoutes(app, {
    config, store, sessions, audit,
    onSessionEnded: (hash) => sync.disconnect((p) => p.sessionHash === hash, CLOSE.sessionEnded, 'signed out'),
  });
  conferenceRoutes(app, {
    store, audit, conferences,
    onAttendeeRemoved: (id) => sync.disconnect((p) => p.attendeeId === id, CLOSE.removed, 'removed'),
    onConferenceClosed: (id) => sync.disconnect((p, room) => p.kind === 'attendee' && room.startsWith(id), CLOSE.sessionEnded, 'conference closed'),
  });
  joinRoutes(app, { config, store, sessions, audit });
  intentRoutes(app, { store, audit, conferences, registry });

  await app.listen({ port: config.port, host: config.host });
  const addr = app.server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;

  return {
    url: `http://${host}:${addr.port}`,
    store,
    registry,
    sync,
    async close() {
      sync.close();
      await app.close();
      await registry.closeAll();
      await store.close();
    },
  };
}
