import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced, type SyncClient } from './support/sync.ts';
import { kill9, runCli, spawnServer } from './support/process.ts';
import { project } from '../shared/schema/project.ts';
import { addItem } from '../shared/commands/items.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cr-durable-'));
const clients: SyncClient[] = [];
afterAll(() => {
  for (const c of clients) c.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

const itemTexts = (c: SyncClient) => new Set(project(c.doc, null).items.map((i) => i.text));

describe('durability', () => {
  it('adds a chair from the command line with the password piped on standard input', async () => {
    const env = { DATA_DIR: dataDir };
    const ok = await runCli('server/cli/userAdd.ts', ['--email', 'gwen@example.org', '--name', 'Gwen Ashcombe', '--role', 'chair'], 'correct horse battery staple\n', env);
    expect(ok.output).toContain('Added chair Gwen Ashcombe');
    expect(ok.code).toBe(0);
    const dup = await runCli('server/cli/userAdd.ts', ['--email', 'gwen@example.org', '--name', 'Gwen', '--role', 'chair'], 'another long password\n', env);
    expect(dup.code).toBe(1);
    const bad = await runCli('server/cli/userAdd.ts', ['--email', 'not-an-email', '--name', 'X', '--role', 'king'], 'x\n', env);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('--email must be an email address');
  });

  it('loses nothing another client has seen when the server is killed with SIGKILL mid-meeting', async () => {
    // Compact often so that the kill can land during compaction too.
    const env = { COMPACT_EVERY: '40' };
    let server = await spawnServer(dataDir, env);
    const chair = await new ApiClient(server.url).login('gwen@example.org', 'correct horse battery staple');
    const conf = await chair.post('/api/conferences', SAMPLE_CONFERENCE);
    const id: string = conf.body.conference.id;
    const writer = connect(server.url, id, chair.cookie);
    const watcher = connect(server.url, id, chair.cookie);
    clients.push(writer, watcher);
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);

    // Keep writing while the watcher receives; kill at an arbitrary moment in the stream.
    let n = 0;
    const timer = setInterval(() => {
      for (let k = 0; k < 5; k++) {
        addItem({ shared: writer.doc, professional: null }, { section: 'grey_areas', text: `Edit ${n++}`, source: { name: 'Tomos', agency: 'Business Support' }, restricted: false, addedBy: 't' });
      }
    }, 5);
    await eventually(() => itemTexts(watcher).size >= 150, 10_000, 'watcher to see 150 edits');
    await kill9(server.child);
    clearInterval(timer);
    const seen = itemTexts(watcher);
    writer.destroy();
    watcher.destroy();

    server = await spawnServer(dataDir, env);
    const chairAgain = await new ApiClient(server.url).login('gwen@example.org', 'correct horse battery staple');
    const after = connect(server.url, id, chairAgain.cookie);
    clients.push(after);
    await whenSynced(after);
    const recovered = itemTexts(after);
    const lost = [...seen].filter((t) => !recovered.has(t));
    expect(lost).toEqual([]);
    expect(recovered.size).toBeGreaterThanOrEqual(seen.size);
    // The conference itself and its children survive too.
    const again = await chairAgain.get(`/api/conferences/${id}`);
    expect(again.body.conference.children).toHaveLength(2);
    await kill9(server.child);
  });
});
