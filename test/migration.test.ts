import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { version1Document } from './support/oldDocuments.ts';
import { project } from '../shared/schema/project.ts';
import { SCHEMA_VERSION } from '../shared/schema/docLayout.ts';

let server: TestServer;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('MG1/MG2 migrations run on the server when it loads a room', () => {
  it('MG2 a stored version 1 conference with contingency text loads as one contingency entry for everyone, the family included', async () => {
    const creds = await server.addStaff('chair');
    const chair = await new ApiClient(server.url).login(creds.email, creds.password);
    const id: string = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    expect(server.registry.isLoaded(id)).toBe(false);
    // What an earlier version stored for this conference.
    await server.store.appendUpdates(id, [Y.encodeStateAsUpdate(version1Document('If Dean drinks again, Glenys collects the children.'))]);

    const inv = await chair.post(`/api/conferences/${id}/invites`, { name: 'Kerys Holloway', role: 'parent', agency: '', attendance: 'present' });
    const parent = new ApiClient(server.url);
    expect((await parent.post('/api/join', { token: inv.body.token })).status).toBe(200);
    const c = connect(server.url, id, parent.cookie);
    clients.push(c);
    await whenSynced(c);
    await eventually(() => project(c.doc, null).schemaVersion === SCHEMA_VERSION, 5000, 'migrated document');
    const m = project(c.doc, null);
    expect(m.contingency.map((e) => e.weWill)).toEqual(['If Dean drinks again, Glenys collects the children.']);
    expect(c.doc.getMap('plan').has('contingency')).toBe(false);
    expect(m.actions.map((a) => a.what)).toEqual(['Dean attends the programme']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Kerys Holloway']);
    // The entry's "what might happen" is the migration's English line in the document; a Welsh record says it in Welsh.
    expect(m.contingency.map((e) => e.mightHappen)).toEqual(['Things do not get better quickly enough']);
    expect((await chair.post(`/api/conferences/${id}/close`)).status).toBe(200);
    const welsh = JSON.stringify((await chair.get(`/api/conferences/${id}/record/outline?edition=full&language=cy`)).body.outline);
    expect(welsh).toContain("Dydy pethau ddim yn gwella'n ddigon cyflym");
    expect(welsh).toContain('If Dean drinks again, Glenys collects the children.');
    expect(welsh).not.toContain('Things do not get better');
  });
});
