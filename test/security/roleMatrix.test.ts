import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../support/server.ts';
import { SAMPLE_CONFERENCE } from '../support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import { ATTENDEE_ROLES, type AttendeeRole, type Role } from '../../shared/schema/roles.ts';
import { viewFor } from '../../shared/rules/permissions.ts';
import { addItem } from '../../shared/commands/items.ts';
import { openRound } from '../../shared/commands/scaling.ts';
import { DEFAULT_SCALE } from '../../shared/rules/scaling.ts';
import { docs } from '../../shared/schema/docLayout.ts';
import { intentId, setUpMeeting, type Meeting } from './harness.ts';
import { RawSocket, fingerprint, frames } from './wire.ts';

/**
 * The role matrix of docs/security.md, tried from the hostile side: every role attempts every
 * write it must not make — over its socket, as an intent, and on HTTP routes — and afterwards the
 * documents, the sealed scores, the attendee list and the conference are the same for everyone.
 */

let server: TestServer;
let m: Meeting;
let chairShared: SyncClient;
let chairProfessional: SyncClient;
let roundId: string;
let itemId: string;
let otherConference: string;

const SCORERS: ReadonlySet<Role> = new Set(['parent', 'child', 'advocate', 'supporter', 'social_worker', 'police', 'education', 'health', 'gp', 'other_professional']);

/** The intents each attendee role may send (docs/security.md, "Intents"). Everything else must be refused. */
function mayIntent(role: AttendeeRole, type: string): boolean {
  switch (type) {
    case 'propose_item':
    case 'propose_action':
      return role !== 'projector';
    case 'submit_score':
    case 'submit_view':
      return SCORERS.has(role);
    default:
      return false; // record_score, reveal_scores, record_view: the chair and note taker only
  }
}

function intentBody(type: string, who: { attendeeId: string; childIds: string[] }): Record<string, unknown> {
  const view = { perChild: who.childIds.map((childId) => ({ childId, view: 'cp_plan', category: 'neglect' })), reason: 'matrix' };
  switch (type) {
    case 'propose_item': return { type, section: 'strengths', text: 'matrix proposal' };
    case 'propose_action': return { type, action: { what: 'matrix action', who: 'someone', by: '2031-01-01', howWeKnow: 'we see it', links: [] } };
    case 'submit_score': return { type, roundId, score: 3, reason: 'matrix' };
    case 'record_score': return { type, roundId, attendeeId: who.attendeeId, score: 9, reason: 'forged' };
    case 'reveal_scores': return { type, roundId };
    case 'submit_view': return { type, ...view };
    case 'restrict_item': return { type, itemId, restricted: true };
    case 'record_decision': return { type };
    default: return { type: 'record_view', attendeeId: who.attendeeId, ...view };
  }
}
const INTENT_TYPES = ['propose_item', 'propose_action', 'submit_score', 'record_score', 'reveal_scores', 'submit_view', 'record_view', 'restrict_item', 'record_decision'];

/** HTTP routes no attendee may use, with the status the server must answer. */
function forbiddenRoutes(conf: string, victim: string): [string, string, unknown?][] {
  return [
    ['GET', '/api/conferences'],
    ['POST', '/api/conferences', SAMPLE_CONFERENCE],
    ['POST', `/api/conferences/${conf}/close`],
    ['PUT', `/api/conferences/${conf}/language`, { language: 'cy' }],
    ['PATCH', `/api/conferences/${conf}`, { startsAt: '2031-01-06T10:00', durationMinutes: 60, venue: 'Forged room', online: false, reference: 'forged' }],
    ['POST', `/api/conferences/${conf}/invites`, { name: 'Forged Person', role: 'police', agency: '', attendance: 'present' }],
    ['POST', `/api/conferences/${conf}/invites/${victim}/reissue`],
    ['DELETE', `/api/conferences/${conf}/invites/${victim}`],
    ['PATCH', `/api/conferences/${conf}/attendees/${victim}`, { name: 'Renamed' }],
    ['POST', `/api/conferences/${conf}/attendees/${victim}/remove`],
    ['GET', `/api/conferences/${conf}/presence`],
    ['GET', `/api/conferences/${conf}/lobby`],
    ['POST', `/api/conferences/${conf}/lobby/aaaaaaaaaaaaaaaa/admit`],
    ['GET', '/api/audit'],
    ['GET', '/api/audit.csv'],
    // The record: completing, finalising and issuing it is for the chair and note taker.
    ['GET', `/api/conferences/${conf}/record`],
    ['POST', `/api/conferences/${conf}/record/finalise`, {}],
    ['GET', `/api/conferences/${conf}/record/outline`],
    ['POST', `/api/conferences/${conf}/record/issue`, { attendeeIds: [victim] }],
    ['POST', `/api/conferences/${conf}/record/links/aaaaaaaaaaaaaaaa/revoke`],
    ['POST', `/api/conferences/${conf}/amendments/aaaaaaaaaaaaaaaa/accept`, {}],
    ['POST', `/api/conferences/${conf}/amendments/aaaaaaaaaaaaaaaa/decline`, { reason: 'forged' }],
    // Staffing, the dashboard and the council's settings.
    ['GET', '/api/staff'],
    ['GET', `/api/conferences/${conf}/staff`],
    ['POST', `/api/conferences/${conf}/staff`, { userId: 'aaaaaaaaaaaaaaaa', role: 'notetaker' }],
    ['DELETE', `/api/conferences/${conf}/staff/aaaaaaaaaaaaaaaa`],
    ['GET', '/api/admin/conferences'],
    ['GET', '/api/dashboard'],
    ['PUT', '/api/settings', {}],
  ];
}

async function snapshot() {
  const shared = await server.registry.get(m.conferenceId);
  const professional = await server.registry.get(`${m.conferenceId}/professional`);
  return {
    shared: fingerprint(shared.doc),
    professional: fingerprint(professional.doc),
    scores: JSON.stringify(await server.store.scoresOf(m.conferenceId, roundId)),
    attendees: JSON.stringify(await server.store.attendeesOf(m.conferenceId)),
    conference: JSON.stringify(await server.store.conference(m.conferenceId)),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  m = await setUpMeeting(server);
  chairShared = connect(server.url, m.conferenceId, m.chair.cookie);
  chairProfessional = connect(server.url, `${m.conferenceId}/professional`, m.chair.cookie);
  await Promise.all([whenSynced(chairShared), whenSynced(chairProfessional)]);
  const d = { shared: chairShared.doc, professional: chairProfessional.doc };
  const added = addItem(d, { section: 'strengths', text: 'Dad walks Poppy to school', source: { name: 'Sam Pryce', agency: 'Children’s Services' }, restricted: false, addedBy: 'chair' });
  if (!added.ok) throw new Error('add failed');
  itemId = added.value;
  addItem(d, { section: 'past_harm', text: 'Restricted note', source: { name: 'Sam Pryce', agency: 'Children’s Services' }, restricted: true, addedBy: 'chair' });
  const opened = openRound(chairShared.doc, DEFAULT_SCALE);
  if (!opened.ok) throw new Error(opened.reasons.join());
  roundId = opened.value;
  // A sealed score already in the store, which nobody may overwrite or reveal.
  const sw = m.people.get('social_worker')!;
  const scored = await sw.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'submit_score', roundId, score: 4, reason: 'sealed' });
  expect(scored.status).toBe(200);
  otherConference = (await m.chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
  const server_ = await server.registry.get(m.conferenceId);
  await eventually(() => docs.items(server_.doc).has(itemId), 5000, 'item on the server');
});

afterAll(async () => {
  chairShared.destroy();
  chairProfessional.destroy();
  await server.stop();
});

describe('PM — every role tries every write it must not make', () => {
  it('PM2: a direct document update (an addition or a deletion) closes a read-only socket with 4403 and changes nothing', async () => {
    const before = await snapshot();
    for (const role of ATTENDEE_ROLES) {
      const who = m.people.get(role)!;
      const rooms = viewFor(role) === 'professional' ? [m.conferenceId, `${m.conferenceId}/professional`] : [m.conferenceId];
      for (const room of rooms) {
        // An addition.
        const add = new RawSocket(server.url, room, who.browser.cookie);
        expect(await add.opened, `${role} opens ${room}`).toBeNull();
        const forged = new Y.Doc();
        addItem({ shared: forged, professional: null }, { section: 'strengths', text: `forged by ${role}`, source: { name: 'x', agency: 'y' }, restricted: false, addedBy: role });
        add.send(frames.update(Y.encodeStateAsUpdate(forged)));
        expect(await add.closed, `${role} addition on ${room}`).toBe(4403);

        // A deletion of what is there (a synced copy deletes the chair's item).
        const del = new RawSocket(server.url, room, who.browser.cookie);
        await del.opened;
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(room === m.conferenceId ? chairShared.doc : chairProfessional.doc));
        let deletion: Uint8Array | null = null;
        copy.on('update', (u: Uint8Array) => { deletion = u; });
        docs.items(copy).forEach((_v, key) => docs.items(copy).delete(key));
        expect(deletion).not.toBeNull();
        del.send(frames.update(deletion!, 1));
        expect(await del.closed, `${role} deletion on ${room}`).toBe(4403);
      }
    }
    expect(await snapshot()).toEqual(before);
    const attempts = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'write_attempt');
    expect(attempts.length).toBeGreaterThanOrEqual(ATTENDEE_ROLES.length * 2);
  });

  it('PM1: family-view roles are refused the professional document at the upgrade, before a single byte', async () => {
    for (const role of ATTENDEE_ROLES.filter((r) => viewFor(r) === 'family')) {
      const ws = new RawSocket(server.url, `${m.conferenceId}/professional`, m.people.get(role)!.browser.cookie);
      expect(await ws.opened, role).toBe(403);
      expect(ws.frames).toHaveLength(0);
    }
  });

  it('IN4: intents a role may not send are refused (403) and audited; nothing changes', async () => {
    const before = await snapshot();
    const victim = m.people.get('parent')!.attendeeId;
    let refused = 0;
    for (const role of ATTENDEE_ROLES) {
      const who = m.people.get(role)!;
      for (const type of INTENT_TYPES.filter((t) => !mayIntent(role, t))) {
        const r = await who.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), ...intentBody(type, { attendeeId: victim, childIds: m.childIds }) });
        expect(r.status, `${role} ${type}`).toBe(403);
        refused++;
      }
    }
    expect(await snapshot()).toEqual(before);
    const denied = (await server.store.listAudit({ limit: 100_000 })).filter((r) => r.action === 'denied' && r.detail.includes('/intents'));
    expect(denied.length).toBeGreaterThanOrEqual(refused);
    expect(refused).toBe(73); // 13 roles × 9 intent types − 44 allowed (12 + 12 proposals, 10 scores, 10 views)
  });

  it('CF2: HTTP routes for the chair, the note taker or the administrator are refused to every participant', async () => {
    const before = await snapshot();
    const victim = m.people.get('parent')!.attendeeId;
    for (const role of ATTENDEE_ROLES) {
      const b = m.people.get(role)!.browser;
      for (const [method, path, body] of forbiddenRoutes(m.conferenceId, victim)) {
        const r = await b.request(method, path, body);
        expect(r.status, `${role} ${method} ${path}`).toBe(403);
      }
      // Another conference does not exist as far as a participant can tell.
      expect((await b.get(`/api/conferences/${otherConference}`)).status).toBe(404);
      expect((await b.post(`/api/conferences/${otherConference}/intents`, { id: intentId(), ...intentBody('propose_item', { attendeeId: victim, childIds: [] }) })).status).toBe(404);
      expect(await new RawSocket(server.url, otherConference, b.cookie).opened).toBe(404);
    }
    expect(await snapshot()).toEqual(before);
    expect(server.registry.isLoaded(otherConference)).toBe(false);
  });

  it('PM3: the administrator reads the audit log and nothing of any case; staff cannot read the audit log', async () => {
    for (const path of [`/api/conferences/${m.conferenceId}`, `/api/conferences/${m.conferenceId}/presence`]) {
      expect((await m.admin.get(path)).status).toBeGreaterThanOrEqual(403);
    }
    expect((await m.admin.get('/api/conferences')).status).toBe(403);
    expect((await m.admin.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'reveal_scores', roundId })).status).toBe(404);
    expect(await new RawSocket(server.url, m.conferenceId, m.admin.cookie).opened).toBe(404);
    expect((await m.admin.get('/api/audit')).status).toBe(200);
    for (const staff of [m.chair, m.notetaker]) {
      expect((await staff.get('/api/audit')).status).toBe(403);
      expect((await staff.get('/api/audit.csv')).status).toBe(403);
    }
    // Only the chair closes a conference or creates one; the note taker records.
    expect((await m.notetaker.post('/api/conferences', SAMPLE_CONFERENCE)).status).toBe(403);
    expect((await m.notetaker.post(`/api/conferences/${otherConference}/close`)).status).toBe(403);
  });

  it('IN4: the intents a role may send do work (the matrix is not refusing everything)', async () => {
    for (const role of ATTENDEE_ROLES) {
      const who = m.people.get(role)!;
      for (const type of INTENT_TYPES.filter((t) => mayIntent(role, t))) {
        const r = await who.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), ...intentBody(type, { attendeeId: who.attendeeId, childIds: m.childIds }) });
        expect(r.status, `${role} ${type}: ${r.text}`).toBe(200);
      }
    }
    const scores = await server.store.scoresOf(m.conferenceId, roundId);
    expect(scores.map((s) => s.role).sort()).toEqual([...SCORERS].sort());
    // The sender is stamped from the session: nobody scored as someone else.
    for (const s of scores) expect(s.name).toBe(`Person ${s.role}`);
  });

  it('PM2: a read-only client answering the sync handshake with nothing new stays connected', async () => {
    const parent = new RawSocket(server.url, m.conferenceId, m.people.get('parent')!.browser.cookie);
    await parent.opened;
    const mirror = new Y.Doc();
    Y.applyUpdate(mirror, Y.encodeStateAsUpdate(chairShared.doc));
    parent.send(frames.update(Y.encodeStateAsUpdate(mirror), 1));
    expect(await parent.roundTrip()).toBe('pong');
    expect(parent.isOpen).toBe(true);
    parent.close();
  });
});
