import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { project } from '../shared/schema/project.ts';
import { roomNames } from '../shared/schema/docLayout.ts';
import { enteredByWords } from '../shared/rules/enteredBy.ts';
import { translate } from '../shared/i18n/translate.ts';

let server: TestServer;
let chair: ApiClient;
let id: string;
let poppy: string;
let ellis: string;
const clients: SyncClient[] = [];

async function invite(name: string, role: string): Promise<ApiClient> {
  const inv = await chair.post(`/api/conferences/${id}/invites`, { name, role, agency: '', attendance: 'present' });
  const api = new ApiClient(server.url);
  await api.post('/api/join', { token: inv.body.token });
  return api;
}
const send = (api: ApiClient, body: Record<string, unknown>) =>
  api.post(`/api/conferences/${id}/intents`, { id: `cv-${Math.random().toString(36).slice(2)}-${Date.now()}`, ...body });

beforeAll(async () => {
  server = await startTestServer();
  const c = await server.addStaff('chair');
  chair = await new ApiClient(server.url).login(c.email, c.password);
  const conf = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference;
  id = conf.id;
  [poppy, ellis] = conf.children.map((x: { id: string }) => x.id);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('the child’s voice through server-checked intents', () => {
  it('CV1/CV2 a child adds their own words and score; an advocate’s are marked as entered on the child’s behalf; others are refused', async () => {
    const child = await invite('Poppy Brightwater', 'child');
    const advocate = await invite('Rhian Jones', 'advocate');
    const parent = await invite('Kerys Brightwater', 'parent');
    const family = connect(server.url, roomNames(id).shared, parent.cookie);
    clients.push(family);
    await whenSynced(family);

    expect((await send(child, { type: 'child_words', childId: poppy, house: 'dreams', text: 'I want to go to the seaside with Mum.' })).status).toBe(200);
    expect((await send(child, { type: 'child_scale', childId: poppy, score: 6, words: 'Better since Nain helps.' })).status).toBe(200);
    expect((await send(advocate, { type: 'child_words', childId: ellis, house: 'worries', text: 'Ellis gets scared when there is shouting.' })).status).toBe(200);
    expect((await send(advocate, { type: 'child_scale', childId: ellis, score: 4, words: 'He pointed at 4.' })).status).toBe(200);
    // A parent cannot speak as the child, and nobody can for a child not in the conference.
    expect((await send(parent, { type: 'child_scale', childId: poppy, score: 10, words: '' })).status).toBe(403);
    expect((await send(child, { type: 'child_scale', childId: 'not-a-child', score: 3, words: '' })).status).toBe(400);

    await eventually(() => project(family.doc, null).childScales.length === 2, 5000, 'scales reach the family');
    const m = project(family.doc, null);
    expect(m.childScales.find((s) => s.childId === poppy)).toMatchObject({ score: 6, onBehalf: false, byRole: 'child' });
    expect(m.childScales.find((s) => s.childId === ellis)).toMatchObject({ score: 4, onBehalf: true, byName: 'Rhian Jones', byRole: 'advocate' });
    const dream = m.items.find((i) => i.section === 'child_dreams')!;
    expect(dream).toMatchObject({ text: 'I want to go to the seaside with Mum.', details: { childId: poppy } });
    expect(dream.details.enteredByName).toBeUndefined();
    const worry = m.items.find((i) => i.section === 'child_worries')!;
    // CV2: the facts are stored, not an English line; each reader gets the line in their language.
    expect(worry.details).toMatchObject({ childId: ellis, enteredByName: 'Rhian Jones', enteredByRole: 'advocate' });
    expect(worry.details.enteredBy).toBeUndefined();
    expect(enteredByWords(worry.details, 'Ellis', 'en')).toBe('Entered by Rhian Jones (advocate) for Ellis');
    expect(enteredByWords(worry.details, 'Ellis', 'cy')).toBe(`Wedi'i roi gan Rhian Jones (${translate('cy', { id: 'role.advocate' }).toLocaleLowerCase('cy')}) ar ran Ellis`);
    expect(worry.source.name).toBe('Ellis Holloway-Brightwater');
  });
});
