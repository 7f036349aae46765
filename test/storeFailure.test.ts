import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { project } from '../shared/schema/project.ts';
import { addItem } from '../shared/commands/items.ts';

let server: TestServer;
const clients: SyncClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

describe('when the store refuses a write', () => {
  it('relays nothing unstored, drops the room, and the writer’s edit lands once the store is back', async () => {
    const creds = await server.addStaff('chair');
    const chair = await new ApiClient(server.url).login(creds.email, creds.password);
    const id: string = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const writer = connect(server.url, id, chair.cookie);
    const watcher = connect(server.url, id, chair.cookie);
    clients.push(writer, watcher);
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);

    const append = server.store.appendUpdates.bind(server.store);
    let failing = true;
    server.store.appendUpdates = async (name, updates) => {
      if (failing) throw new Error('disk full');
      return append(name, updates);
    };
    addItem({ shared: writer.doc, professional: null }, { section: 'strengths', text: 'Written while the disk was full', source: { name: 'Gwen', agency: 'Chair' }, restricted: false, addedBy: 'c' });
    await eventually(() => writer.closes.includes(1011), 5000, 'writer dropped');
    expect(project(watcher.doc, null).items).toHaveLength(0);

    failing = false;
    await eventually(() => project(watcher.doc, null).items.length === 1, 10_000, 'the edit lands after reconnecting');
    const fresh = connect(server.url, id, chair.cookie);
    clients.push(fresh);
    await whenSynced(fresh);
    expect(project(fresh.doc, null).items.map((i) => i.text)).toEqual(['Written while the disk was full']);
  });
});
