import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE, assignStaff } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { project } from '../shared/schema/project.ts';
import { addItem, editItem, moveItem } from '../shared/commands/items.ts';
import { setRestricted } from '../shared/commands/restriction.ts';
import { setStep } from '../shared/commands/meeting.ts';
import { roomNames } from '../shared/schema/docLayout.ts';

let server: TestServer;
let chair: ApiClient;
let notetaker: ApiClient;
let id: string;
const clients: SyncClient[] = [];
const source = { name: 'PC Owain Rees', agency: 'Afonwen Police' };

async function join(name: string, role: string): Promise<ApiClient> {
  const inv = await chair.post(`/api/conferences/${id}/invites`, { name, role, agency: '', attendance: 'present' });
  const c = new ApiClient(server.url);
  const r = await c.post('/api/join', { token: inv.body.token });
  expect(r.status).toBe(200);
  return c;
}

function open(room: string, cookie: string | null): SyncClient {
  const c = connect(server.url, room, cookie);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  server = await startTestServer();
  const a = await server.addStaff('chair', 'Gwen Ashcombe');
  const b = await server.addStaff('notetaker', 'Tomos Bryn');
  chair = await new ApiClient(server.url).login(a.email, a.password);
  notetaker = await new ApiClient(server.url).login(b.email, b.password);
  id = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
  await assignStaff(chair, id, notetaker);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('the board', () => {
  it('converges when the chair and note taker edit, reorder and step at the same time', async () => {
    const rooms = roomNames(id);
    const a = { shared: open(rooms.shared, chair.cookie), professional: open(rooms.professional, chair.cookie) };
    const b = { shared: open(rooms.shared, notetaker.cookie), professional: open(rooms.professional, notetaker.cookie) };
    await Promise.all([a.shared, a.professional, b.shared, b.professional].map((c) => whenSynced(c)));
    const da = { shared: a.shared.doc, professional: a.professional.doc };
    const db = { shared: b.shared.doc, professional: b.professional.doc };
    const first = addItem(da, { section: 'past_harm', text: 'Ellis bruised his forehead on 14 September', source, restricted: false, addedBy: 'chair' });
    const second = addItem(da, { section: 'past_harm', text: 'Poppy heard shouting', source, restricted: false, addedBy: 'chair' });
    if (!first.ok || !second.ok) throw new Error('setup');
    await eventually(() => project(db.shared, db.professional).items.length === 2, 5000, 'note taker sees items');

    editItem(da, first.value, { text: 'Ellis (2) bruised his forehead on 14 September' });
    editItem(db, first.value, { text: 'Ellis bruised his forehead on 14 September 2024' });
    const orders = project(db.shared, db.professional).items.map((i) => i.order);
    moveItem(db, second.value, null, orders[0]!);
    setStep(da, 'worries');
    addItem(db, { section: 'strengths', text: 'Kerys walks Poppy to school', source: { name: 'Mrs Lloyd', agency: 'Afonwen Primary' }, restricted: false, addedBy: 'nt' });

    const view = (d: typeof da) => JSON.stringify(project(d.shared, d.professional).items.map((i) => [i.text, i.section]));
    await eventually(() => view(da) === view(db) && project(da.shared, null).items.length === 3, 5000, 'convergence');
    const items = project(da.shared, da.professional).items;
    expect(items.find((i) => i.id === first.value)!.text).toBe('Ellis (2) bruised his forehead on 14 September 2024');
    expect(items.filter((i) => i.section === 'past_harm').map((i) => i.id)).toEqual([second.value, first.value]);
    expect(project(db.shared, null).step).toBe('worries');
  });

  it('never gives a family device a restricted item, including ones restricted after the family joined', async () => {
    const parent = await join('Kerys Brightwater', 'parent');
    const rooms = roomNames(id);
    // The family may not even open the professional document.
    const refused = open(rooms.professional, parent.cookie);
    await eventually(() => refused.provider.wsconnected === false && refused.provider.shouldConnect, 2000, 'refusal');
    expect(refused.doc.getMap('items').size).toBe(0);
    refused.destroy();

    const fam = open(rooms.shared, parent.cookie);
    const chairShared = open(rooms.shared, chair.cookie);
    const chairPro = open(rooms.professional, chair.cookie);
    await Promise.all([fam, chairShared, chairPro].map((c) => whenSynced(c)));
    const d = { shared: chairShared.doc, professional: chairPro.doc };

    const frames: Uint8Array[] = [];
    fam.doc.on('update', (u: Uint8Array) => frames.push(u));
    const before = addItem(d, { section: 'complicating_factors', text: 'SECRET-before: police investigation detail', source, restricted: true, addedBy: 'chair' });
    const shared = addItem(d, { section: 'complicating_factors', text: 'Rent arrears add stress', source, restricted: false, addedBy: 'chair' });
    if (!before.ok || !shared.ok) throw new Error('setup');
    await eventually(() => project(fam.doc, null).items.some((i) => i.id === shared.value), 5000, 'family sees shared item');

    // Restrict after the family has it: it disappears from their document, and later edits never reach them.
    setRestricted(d, shared.value, true);
    editItem(d, shared.value, { text: 'Rent arrears add stress SECRET-after' });
    addItem(d, { section: 'complicating_factors', text: 'SECRET-later: third-party information', source, restricted: true, addedBy: 'chair' });
    await eventually(() => !project(fam.doc, null).items.some((i) => i.id === shared.value), 5000, 'restricted item leaves family document');
    await new Promise((r) => setTimeout(r, 200));

    const familyBytes = Buffer.concat([Buffer.from(Y.encodeStateAsUpdate(fam.doc)), ...frames.map((f) => Buffer.from(f))]).toString('utf8');
    expect(familyBytes).not.toContain('SECRET');
    expect(JSON.stringify(fam.doc.toJSON())).not.toContain('Rent arrears');
    // Professionals see all of it, marked.
    const pro = project(d.shared, d.professional).items.filter((i) => i.restricted).map((i) => i.text);
    expect(pro).toEqual(expect.arrayContaining(['SECRET-before: police investigation detail', 'Rent arrears add stress SECRET-after', 'SECRET-later: third-party information']));
  });

  it('queues a participant’s proposal for the chair, stamped by the server, and refuses direct writes', async () => {
    const teacher = await join('Mrs Carys Lloyd', 'education');
    const rooms = roomNames(id);
    const chairPro = open(rooms.professional, chair.cookie);
    await whenSynced(chairPro);
    const r = await teacher.post(`/api/conferences/${id}/intents`, { id: 'proposal-0000000001', type: 'propose_item', section: 'strengths', text: 'Poppy sings in the school choir' });
    expect(r.status).toBe(200);
    // The same id again is applied once.
    const again = await teacher.post(`/api/conferences/${id}/intents`, { id: 'proposal-0000000001', type: 'propose_item', section: 'strengths', text: 'Poppy sings in the school choir' });
    expect(again.body).toEqual(r.body);
    await eventually(() => project(new Y.Doc(), chairPro.doc).proposals.length === 1, 5000, 'proposal reaches the chair');
    expect(project(new Y.Doc(), chairPro.doc).proposals[0]).toMatchObject({ text: 'Poppy sings in the school choir', section: 'strengths', status: 'pending', proposedBy: { name: 'Mrs Carys Lloyd', role: 'education' } });

    // A hand-made write from the participant's read-only socket is refused and closes it.
    const sock = open(rooms.shared, teacher.cookie);
    await whenSynced(sock);
    const chairShared = open(rooms.shared, chair.cookie);
    await whenSynced(chairShared);
    const countBefore = chairShared.doc.getMap('items').size;
    addItem({ shared: sock.doc, professional: null }, { section: 'strengths', text: 'Written directly by a participant', source, restricted: false, addedBy: 'x' });
    await eventually(() => sock.closes.includes(4403), 5000, 'read-only close');
    await new Promise((r) => setTimeout(r, 100));
    expect(chairShared.doc.getMap('items').size).toBe(countBefore);
  });
});
