import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from './server.ts';
import { launchBrowser, takeMissingMessages } from './browser.ts';
import { TEST_DIST } from './globalSetup.ts';

export interface BrowserSuite {
  /** The server under test; a test may replace it (a restart on the same port). */
  server: TestServer;
  browser: Browser;
}

/** A real server serving the test build of the client, and headless Chromium, for one test file. */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    suite.server = await startTestServer({}, undefined, { distDir: TEST_DIST });
    ({ browser: suite.browser, close: closeBrowser } = await launchBrowser());
  });
  // A message the page had to show but its code did not bring fails the test that showed it.
  afterEach(() => {
    expect(takeMissingMessages(), 'messages missing in the browser').toEqual([]);
  });
  afterAll(async () => {
    await closeBrowser?.();
    await suite.server?.stop();
  });
  return suite;
}

/** Sign in on the login page as a person would. */
export async function signIn(page: Page, baseUrl: string, creds: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email address').fill(creds.email);
  await page.getByLabel('Password').fill(creds.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
