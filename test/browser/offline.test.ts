import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { connect, eventually, whenSynced } from '../support/sync.ts';
import { launchBrowser, newDevice } from '../support/browser.ts';
import { TEST_DIST } from '../support/globalSetup.ts';
import { project } from '../../shared/schema/project.ts';

let server: TestServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  server = await startTestServer({}, undefined, { distDir: TEST_DIST });
  ({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => {
  await closeBrowser?.();
  await server?.stop();
});

describe('the chair’s offline copy', () => {
  it('keeps edits made while the server is unreachable, across closing the tab, and merges them on reconnect', async () => {
    const creds = await server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(server.url).login(creds.email, creds.password);
    const id: string = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const port = new URL(server.url).port;

    const device = await newDevice(browser);
    const page = await device.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email address').fill(creds.email);
    await page.getByLabel('Password').fill(creds.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My conferences' }).waitFor();
    await page.goto(`${server.url}/conferences/${id}`);
    await page.getByText('Saved').waitFor();

    // The server goes away (a dropped connection, a restart): the chair keeps working.
    const dataDir = server.dataDir;
    await server.close();
    await page.getByText('Offline — your changes are kept on this device').waitFor();
    await page.getByRole('button', { name: /What is not clear/ }).click();
    const form = page.getByRole('form', { name: 'Add to Grey areas and gaps' });
    await form.getByLabel('Add to Grey areas and gaps').fill('We do not know who looks after Ellis on Saturday nights.');
    await form.getByRole('button').first().click();
    await page.getByText('We do not know who looks after Ellis').first().waitFor();
    await page.close();

    // Back on the same address; the chair opens the conference again.
    server = await startTestServer({ PORT: port }, dataDir, { distDir: TEST_DIST });
    const again = await device.newPage();
    await again.goto(`${server.url}/conferences/${id}`);
    await again.getByText('Saved').waitFor();

    const watcher = connect(server.url, id, api.cookie);
    await whenSynced(watcher);
    await eventually(() => project(watcher.doc, null).items.some((i) => i.text.startsWith('We do not know who looks after Ellis')), 10_000, 'offline edit reaches the server');
    expect(project(watcher.doc, null).items).toHaveLength(1);
    watcher.destroy();
  });
});
