import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { drawSampleFamily } from './support/genogramFixture.ts';
import { intentId, setUpMeeting, type Meeting } from './security/harness.ts';
import { connectCapturing, type CapturingClient } from './security/wire.ts';
import { addPerson, deletePerson, editPerson, putDetail } from '../shared/commands/genogram.ts';
import { addRelationship } from '../shared/commands/relationships.ts';
import { acceptGenogramProposal } from '../shared/commands/proposals.ts';
import { addItem } from '../shared/commands/items.ts';
import { project } from '../shared/schema/project.ts';
import type { ConferenceDocs } from '../shared/commands/docs.ts';

/**
 * Issue 10 against a real server and real y-websocket clients: two editors drawing the tree at once
 * converge; a professionals-only person, line or detail never reaches a family socket (raw bytes);
 * a participant's proposed person reaches the chair's queue and, accepted, everyone's tree.
 */

const CANARY = 'CANARY-GENOGRAM-7c1e';
let server: TestServer;
let m: Meeting;
let chair: ConferenceDocs & { clients: SyncClient[] };
const sockets: { destroy(): void }[] = [];

function editor(cookie: string | null): ConferenceDocs & { clients: SyncClient[] } {
  const s = connect(server.url, m.conferenceId, cookie);
  const p = connect(server.url, `${m.conferenceId}/professional`, cookie);
  sockets.push(s, p);
  return { shared: s.doc, professional: p.doc, clients: [s, p] };
}
const value = <T>(r: { ok: true; value: T } | { ok: false; reasons: { id: string }[] }): T => {
  if (!r.ok) throw new Error(r.reasons.map((x) => x.id).join(' '));
  return r.value;
};
const tree = (d: ConferenceDocs) => JSON.stringify(project(d.shared, d.professional).genogram);

beforeAll(async () => {
  server = await startTestServer();
  m = await setUpMeeting(server, ['parent', 'projector', 'social_worker']);
  // One pair of sockets for the chair: the server caps sockets per session.
  chair = editor(m.chair.cookie);
  await Promise.all(chair.clients.map((c) => whenSynced(c)));
});

afterAll(async () => {
  for (const c of sockets) c.destroy();
  await server.stop();
});

describe('the genogram on a real server', () => {
  it('GN6 the chair and note taker drawing the same family at once converge, with the rules kept', async () => {
    const notes = editor(m.notetaker.cookie);
    await Promise.all(notes.clients.map((c) => whenSynced(c)));
    const [c1, c2] = m.childIds as [string, string];
    const ids = drawSampleFamily(chair, { c1, c2 });
    const cai = value(addPerson(chair, { name: 'Cai', gender: 'male', born: '2024' }));
    value(addRelationship(chair, { kind: 'parent', a: ids.p5!, b: cai, type: 'birth' }));
    await eventually(() => tree(notes) === tree(chair), 5000, 'note taker has the family');
    // Now both edit at once, before either hears the other: each gives Cai a second birth parent
    // (three after the merge), one renames Bethan while the other removes her, both add people.
    value(addRelationship(chair, { kind: 'parent', a: ids.p7!, b: cai, type: 'birth' }));
    value(addRelationship(notes, { kind: 'parent', a: ids.p6!, b: cai, type: 'birth' }));
    editPerson(chair, ids.p8!, { name: 'Bethan Morgan-Jones' });
    deletePerson(notes, ids.p8!);
    value(addPerson(chair, { name: 'Mali', gender: 'female', kind: 'pregnancy' }));
    value(addPerson(notes, { name: 'Huw', gender: 'male', born: '2024' }));
    await eventually(() => tree(notes) === tree(chair), 5000, 'both editors converge');
    const g = project(chair.shared, chair.professional).genogram;
    expect(g.relationships.filter((r) => r.kind === 'parent' && r.b === cai && r.type === 'birth')).toHaveLength(2);
    expect(g.people.some((p) => p.id === ids.p8)).toBe(false);
    expect(g.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Mali', 'Huw', 'Kerys Brightwater']));
    // A late joiner reads the same tree from the store.
    const late = editor(m.notetaker.cookie);
    await Promise.all(late.clients.map((c) => whenSynced(c)));
    expect(tree(late)).toBe(tree(chair));
  });

  it('RS7 a professionals-only person, line and detail never reach a family socket, nor does someone restricted later', async () => {
    const family: CapturingClient[] = [
      connectCapturing(server.url, m.conferenceId, m.people.get('parent')!.browser.cookie),
      connectCapturing(server.url, m.conferenceId, m.people.get('projector')!.browser.cookie),
    ];
    const social = connectCapturing(server.url, `${m.conferenceId}/professional`, m.people.get('social_worker')!.browser.cookie);
    sockets.push(...family, social);
    await Promise.all([...family, social].map((c) => whenSynced(c as unknown as SyncClient)));
    const has = (c: CapturingClient, s: string) => Buffer.concat(c.received).includes(Buffer.from(s, 'utf8'));

    const kerys = project(chair.shared, null).genogram.people.find((p) => p.name === 'Kerys Brightwater')!.id;
    const secret = value(addPerson(chair, { name: `${CANARY} new partner`, gender: 'male' }, { restricted: true }));
    value(addRelationship(chair, { kind: 'partner', a: kerys, b: secret, type: 'cohabiting', since: `${CANARY} since 2024` }));
    const amira = project(chair.shared, null).genogram.people.find((p) => p.name === 'Amira Shah')!.id;
    // Restricted later, by the server (restrict_item), then given a note and a line: they follow her.
    const r = await m.chair.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'restrict_item', itemId: amira, restricted: true });
    expect(r.status).toBe(200);
    await eventually(() => !project(chair.shared, null).genogram.people.some((p) => p.id === amira), 5000, 'Amira moved');
    value(putDetail(chair, { of: amira, kind: 'note', text: `${CANARY} works at the refuge` }) as never);
    value(addRelationship(chair, { kind: 'tie', a: amira, b: kerys, type: 'conflictual', since: `${CANARY} tie` }));
    const marker = `genogram-marker-${Date.now()}`;
    addItem(chair, { section: 'strengths', text: marker, source: { name: 'x', agency: 'y' }, restricted: false, addedBy: 'chair' });
    await eventually(() => family.every((c) => has(c, marker)), 5000, 'family caught up');
    await eventually(() => has(social, `${CANARY} works at the refuge`), 5000, 'professional has the note');
    for (const c of family) {
      expect(has(c, CANARY)).toBe(false);
      const g = project(c.doc, null).genogram;
      expect(g.people.some((p) => p.id === secret || p.id === amira)).toBe(false);
      // No line to anyone the family cannot see: nothing dangling.
      const ids = new Set(g.people.map((p) => p.id));
      expect(g.relationships.every((x) => ids.has(x.a) && ids.has(x.b))).toBe(true);
      // Nor in the document itself: every shared line names two shared people.
      const raw = c.doc.getMap('relationships').toJSON() as Record<string, { a: string; b: string }>;
      expect(Object.values(raw).every((x) => ids.has(x.a) && ids.has(x.b))).toBe(true);
    }
  });

  it('IN6/PP4 a parent proposes a person; the chair accepts it and everyone has them', async () => {
    const parent = m.people.get('parent')!.browser;
    const bad = await parent.post(`/api/conferences/${m.conferenceId}/intents`, { id: intentId(), type: 'propose_relationship', relationship: { kind: 'partner', a: 'abc', b: 'def', type: 'engaged' } });
    expect(bad.status).toBe(400);
    const id = intentId();
    const sent = await parent.post(`/api/conferences/${m.conferenceId}/intents`, { id, type: 'propose_person', person: { name: 'Nia Morgan', gender: 'female', born: '1970' } });
    expect(sent.status).toBe(200);
    await eventually(() => project(chair.shared, chair.professional).proposals.some((p) => p.id === id && p.kind === 'person'), 5000, 'proposal queued');
    expect(project(chair.shared, chair.professional).proposals.find((p) => p.id === id)!.proposedBy.role).toBe('parent');
    value(acceptGenogramProposal(chair, id, false));
    const watcher = connect(server.url, m.conferenceId, parent.cookie);
    sockets.push(watcher);
    await whenSynced(watcher);
    await eventually(() => project(watcher.doc, null).genogram.people.some((p) => p.name === 'Nia Morgan'), 5000, 'parent has Nia');
  });
});
