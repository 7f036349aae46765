/**
 * The product's server as the bench runs it: its own process (bundled and run by plain node, as
 * `npm start` runs it), a temporary store, and an IPC channel through which the bench seeds conferences and
 * sessions. Seeding goes through the services the HTTP routes use (conferences, invites, sessions)
 * rather than HTTP, whose per-address write limits would hold a 1,900-invite setup for minutes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/index.ts';
import { Sessions, cookieName } from '../../server/auth/sessions.ts';
import { Conferences } from '../../server/services/conferences.ts';
import { newId } from '../../shared/schema/ids.ts';
import { attendeeInputSchema, conferenceInputSchema } from '../../shared/schema/conference.ts';
import type { Principal } from '../../server/auth/sessions.ts';
import type { AttendeeRole } from '../../shared/schema/roles.ts';
import type { SeedReply, SeedRequest } from './protocol.ts';

const dir = mkdtempSync(join(tmpdir(), 'cr-bench-'));
const config = loadConfig({
  ...process.env,
  PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent',
  ROOM_IDLE_MS: process.env.ROOM_IDLE_MS ?? '1500',
});
const server = await startServer(config, { distDir: join(dir, 'no-client'), releaseMemory: true });
const sessions = new Sessions(server.store, config);
const conferences = new Conferences(server.store, server.registry);
const cookie = (token: string) => `${cookieName(config)}=${token}`;

const chairId = newId();
await server.store.createUser({ id: chairId, email: `bench-${chairId}@example.org`, name: 'Bench Chair', role: 'chair', passwordHash: 'x', createdAt: new Date().toISOString() });
const chair = { userId: chairId, kind: 'staff', role: 'chair' } as Principal;
const staffCookie = async () => cookie((await sessions.create({ kind: 'staff', userId: chairId, attendeeId: null, conferenceId: null, role: 'chair' })).token);

// Roles that score, mixed family and professional, all read-only on the socket.
const READER_ROLES: AttendeeRole[] = ['parent', 'social_worker', 'health', 'education', 'advocate', 'police', 'gp'];

async function seed(req: SeedRequest): Promise<SeedReply> {
  const rooms: SeedReply['rooms'] = [];
  for (let r = 0; r < req.rooms; r++) {
    // Through the route's own validator, so defaults the API adds later are filled here too.
    const conf = await conferences.create(chair, conferenceInputSchema.parse({
      type: 'initial', jurisdiction: 'england', startsAt: '2030-12-16T10:00', durationMinutes: 120, venue: 'Bench', online: false,
      children: [{ name: 'Child One', dateOfBirth: '2016-05-03', gender: 'female' }],
    }));
    const row = (await server.store.conference(conf.id))!;
    const readers: SeedReply['rooms'][number]['readers'] = [];
    for (let i = 0; i < req.readers; i++) {
      const role = READER_ROLES[i % READER_ROLES.length]!;
      const { attendee } = await conferences.addAttendee(row, attendeeInputSchema.parse({ name: `Reader ${i}`, role, agency: 'Bench', attendance: 'present' }));
      const s = await sessions.create({ kind: 'attendee', userId: null, attendeeId: attendee.id, conferenceId: conf.id, role });
      readers.push({ cookie: cookie(s.token), attendeeId: attendee.id });
    }
    const writers: string[] = [];
    for (let i = 0; i < (req.writers ?? 1); i++) writers.push(await staffCookie());
    rooms.push({ id: conf.id, writers, readers });
  }
  return { url: server.url, rooms };
}

process.on('message', (msg: SeedRequest & { seq: number }) => {
  seed(msg).then(
    (reply) => process.send!({ seq: msg.seq, reply }),
    (err: Error) => process.send!({ seq: msg.seq, error: err.message }),
  );
});
process.on('disconnect', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
async function shutdown(): Promise<void> {
  await server.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.send!({ ready: true, url: server.url });
