import { rmSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { connect, eventually, whenSynced } from '../support/sync.ts';
import { newDevice } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';
import { TEST_DIST } from '../support/globalSetup.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { project } from '../../shared/schema/project.ts';

const suite = browserSuite();

describe('the chair’s offline copy', () => {
  it('keeps edits made while the server is unreachable, across closing the tab, and merges them on reconnect', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const id: string = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const port = new URL(suite.server.url).port;

    const device = await newDevice(suite.browser);
    const page = await device.newPage();
    await signIn(page, suite.server.url, creds);
    await page.getByRole('heading', { name: 'My conferences' }).waitFor();
    await page.goto(`${suite.server.url}/conferences/${id}`);
    await page.getByText('Saved').waitFor();

    // The server goes away (a dropped connection, a restart): the chair keeps working.
    const dataDir = suite.server.dataDir;
    await suite.server.close();
    await page.getByText('Offline — your changes are kept on this device').waitFor();
    await page.getByRole('button', { name: /What is not clear/ }).click();
    const form = page.getByRole('form', { name: 'Add to Grey areas and gaps' });
    await form.getByLabel('Add to Grey areas and gaps').fill('We do not know who looks after Ellis on Saturday nights.');
    await form.getByRole('button').first().click();
    await page.getByText('We do not know who looks after Ellis').first().waitFor();
    await page.close();

    // Back on the same address; the chair opens the conference again.
    suite.server = await startTestServer({ PORT: port }, dataDir, { distDir: TEST_DIST });
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const again = await device.newPage();
    await again.goto(`${suite.server.url}/conferences/${id}`);
    await again.getByText('Saved').waitFor();

    const watcher = connect(suite.server.url, id, api.cookie);
    await whenSynced(watcher);
    await eventually(() => project(watcher.doc, null).items.some((i) => i.text.startsWith('We do not know who looks after Ellis')), 10_000, 'offline edit reaches the server');
    expect(project(watcher.doc, null).items).toHaveLength(1);
    watcher.destroy();
  });
});
