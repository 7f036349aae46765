import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connect, eventually, whenSynced, type SyncClient } from '../support/sync.ts';
import { addItem, editItem } from '../../shared/commands/items.ts';
import { setRestricted } from '../../shared/commands/restriction.ts';
import { setClosedSession } from '../../shared/commands/meeting.ts';
import { openRound, closeRound, roundStatus } from '../../shared/commands/scaling.ts';
import { DEFAULT_SCALE } from '../../shared/rules/scaling.ts';
import { project } from '../../shared/schema/project.ts';
import { docs } from '../../shared/schema/docLayout.ts';
import type { ConferenceDocs } from '../../shared/commands/docs.ts';
import type { AttendeeRole } from '../../shared/schema/roles.ts';
import { Browser, intentId, setUpMeeting, type Meeting } from './harness.ts';
import { connectCapturing, type CapturingClient } from './wire.ts';

/**
 * PM1 — A whole scripted meeting, watched byte for byte from every family-view device: nothing
 * written for professionals only ever reaches them, by document, awareness or HTTP.
 */

const CANARY = 'CANARY-PROFESSIONAL-ONLY-7f3a';
const SHARED_MARKER = 'SHARED-MARKER-b41c';
const FAMILY_ROLES: AttendeeRole[] = ['parent', 'child', 'advocate', 'supporter', 'interpreter', 'observer', 'projector'];

let server: TestServer;
let m: Meeting;
let chair: ConferenceDocs;
const sockets: SyncClient[] = [];
const family = new Map<AttendeeRole, CapturingClient>();
let professional: CapturingClient;
const familyHttp: string[] = [];

const source = { name: 'Sam Pryce', agency: 'Children’s Services' };
const hasCanary = (bytes: Buffer) => bytes.includes(Buffer.from(CANARY, 'utf8'));
const sharedOf = (c: CapturingClient) => project(c.doc, null);

beforeAll(async () => {
  server = await startTestServer();
  m = await setUpMeeting(server, [...FAMILY_ROLES, 'social_worker']);
  const s = connect(server.url, m.conferenceId, m.chair.cookie);
  const p = connect(server.url, `${m.conferenceId}/professional`, m.chair.cookie);
  sockets.push(s, p);
  for (const role of FAMILY_ROLES) family.set(role, connectCapturing(server.url, m.conferenceId, m.people.get(role)!.browser.cookie));
  professional = connectCapturing(server.url, `${m.conferenceId}/professional`, m.people.get('social_worker')!.browser.cookie);
  await Promise.all([whenSynced(s), whenSynced(p), ...[...family.values(), professional].map((c) => whenSynced(c as unknown as SyncClient))]);
  chair = { shared: s.doc, professional: p.doc };
});

afterAll(async () => {
  for (const c of [...sockets, ...family.values(), professional]) c.destroy();
  await server.stop();
});

async function familyFetch(path: string): Promise<void> {
  for (const role of FAMILY_ROLES) familyHttp.push((await m.people.get(role)!.browser.get(path)).text);
}

describe('PM1 — the family view during a whole meeting', () => {
  it('runs the meeting: shared items, restricted items, a late restriction, a closed session, scaling and the reveal', async () => {
    // 1. A shared item everyone sees, and an item created restricted.
    addItem(chair, { section: 'strengths', text: `${SHARED_MARKER} Poppy likes school`, source, restricted: false, addedBy: 'chair' });
    addItem(chair, { section: 'past_harm', text: `${CANARY} police intelligence`, source, restricted: true, addedBy: 'chair' });
    await eventually(() => [...family.values()].every((c) => sharedOf(c).items.some((i) => i.text.includes(SHARED_MARKER))), 5000, 'family sees the shared item');

    // 2. A shared item the family has received, marked restricted afterwards, then written to.
    const late = addItem(chair, { section: 'grey_areas', text: 'Who collects Ellis on Fridays', source, restricted: false, addedBy: 'chair' });
    if (!late.ok) throw new Error('add failed');
    await eventually(() => [...family.values()].every((c) => docs.items(c.doc).has(late.value)), 5000, 'family has the late item');
    expect(setRestricted(chair, late.value, true).ok).toBe(true);
    await eventually(() => [...family.values()].every((c) => !docs.items(c.doc).has(late.value)), 5000, 'it leaves the family view');
    expect(editItem(chair, late.value, { text: `Who collects Ellis on Fridays — ${CANARY} the uncle` }).ok).toBe(true);

    // 3. A closed session: family devices see the flag; what is added meanwhile is restricted.
    setClosedSession(chair, true);
    await eventually(() => [...family.values()].every((c) => sharedOf(c).closedSession), 5000, 'family sees the closed session');
    addItem(chair, { section: 'future_danger', text: `${CANARY} said in the closed session`, source, restricted: true, addedBy: 'chair' });
    const sw = m.people.get('social_worker')!;
    const proposal = await sw.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'propose_item', section: 'past_harm', text: `${CANARY} proposal` });
    expect(proposal.status).toBe(200);
    await familyFetch(`/api/conferences/${m.conferenceId}`);
    setClosedSession(chair, false);
    await eventually(() => [...family.values()].every((c) => !sharedOf(c).closedSession), 5000, 'family sees the session reopen');

    // 4. Presence: a professional's client tries to carry the canary in awareness.
    professional.provider.awareness.setLocalState({ user: { id: 'x', name: CANARY, role: 'chair' }, step: CANARY, note: CANARY });
    const swShared = connectCapturing(server.url, m.conferenceId, sw.browser.cookie);
    sockets.push(swShared as unknown as SyncClient);
    swShared.provider.awareness.setLocalState({ user: { id: 'x', name: CANARY, role: 'chair' }, step: CANARY, note: CANARY });
    await eventually(() => [...family.values()].every((c) => [...c.provider.awareness.getStates().values()].some((st) => (st as { user?: { role?: string } }).user?.role === 'social_worker')), 5000, 'family sees the social worker present');

    // 5. Scaling: scores stay sealed until the reveal, then everyone sees them.
    const round = openRound(chair.shared, DEFAULT_SCALE);
    if (!round.ok) throw new Error(round.reasons.join());
    await eventually(async () => (await server.registry.get(m.conferenceId)).doc.getMap('scaling').has(round.value), 5000, 'round on the server');
    for (const role of ['parent', 'social_worker'] as const) {
      const r = await m.people.get(role)!.browser.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'submit_score', roundId: round.value, score: role === 'parent' ? 7 : 3, reason: `${role} reason` });
      expect(r.status).toBe(200);
    }
    closeRound(chair.shared, round.value);
    await eventually(async () => roundStatus((await server.registry.get(m.conferenceId)).doc, round.value) === 'closed', 5000, 'round closed on the server');
    const reveal = await m.chair.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'reveal_scores', roundId: round.value });
    expect(reveal.status).toBe(200);
    await eventually(() => [...family.values()].every((c) => JSON.stringify(c.doc.getMap('scaling').toJSON()).includes('social_worker reason')), 5000, 'family sees the revealed scores');

    await familyFetch(`/api/conferences/${m.conferenceId}`);
    await familyFetch('/api/session');
    // Everything the chair wrote has reached the professional device (the positive control below depends on it).
    await eventually(() => Buffer.concat(professional.received).includes(Buffer.from('the uncle')), 5000, 'professional has the late text');
  });

  it('never sends the canary to any family-view device, in any frame, while shared content does arrive', () => {
    for (const [role, c] of family) {
      const bytes = Buffer.concat(c.received);
      expect(bytes.includes(Buffer.from(SHARED_MARKER)), `${role} received shared content`).toBe(true);
      expect(hasCanary(bytes), `${role} received the canary`).toBe(false);
      expect(JSON.stringify(c.doc.toJSON())).not.toContain(CANARY);
      for (const st of c.provider.awareness.getStates().values()) expect(JSON.stringify(st)).not.toContain(CANARY);
    }
    // Positive control: the professional document did carry it, so the search would have found it.
    expect(hasCanary(Buffer.concat(professional.received))).toBe(true);
  });

  it('never sends the canary in an HTTP answer to a family-view device', () => {
    expect(familyHttp.length).toBeGreaterThan(0);
    for (const text of familyHttp) expect(text).not.toContain(CANARY);
  });

  it('a family device that joins after an item was restricted never receives its original text', async () => {
    const inv = await m.chair.post(`/api/conferences/${m.conferenceId}/invites`, { name: 'Late Supporter', role: 'supporter', agency: '', attendance: 'present' });
    const late = new Browser(server.url);
    expect((await late.post('/api/join', { token: inv.body.token })).status).toBe(200);
    const c = connectCapturing(server.url, m.conferenceId, late.cookie);
    sockets.push(c as unknown as SyncClient);
    await whenSynced(c as unknown as SyncClient);
    await eventually(() => sharedOf(c).items.some((i) => i.text.includes(SHARED_MARKER)), 5000, 'late device synced');
    const bytes = Buffer.concat(c.received);
    expect(bytes.includes(Buffer.from('Who collects Ellis'))).toBe(false);
    expect(hasCanary(bytes)).toBe(false);
  });

  it('rewrites presence from the session: a claimed name, role or free-text field does not survive', () => {
    const parent = family.get('parent')!;
    const states = [...parent.provider.awareness.getStates().values()] as Record<string, unknown>[];
    const sw = states.find((st) => (st.user as { role?: string } | undefined)?.role === 'social_worker');
    expect(sw).toBeDefined();
    expect(sw!.user).toEqual({ id: m.people.get('social_worker')!.attendeeId, name: 'Person social_worker', role: 'social_worker' });
    expect(sw).not.toHaveProperty('note');
    expect(sw).not.toHaveProperty('step');
  });
});
