import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags this sandbox needs (no network beyond loopback).
 * Playwright gives every launch a fresh, temporary user-data-dir of its own.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return { browser, close: () => browser.close() };
}

/** A separate context: its own cookies and storage, like another person's device (set to `locale`, e.g. 'cy-GB'). */
export async function newDevice(browser: Browser, size: { width: number; height: number } = { width: 1366, height: 768 }, locale = 'en-GB'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: size, locale, timezoneId: 'Europe/London' });
  // Fail at the step that is stuck, well inside the test's own timeout.
  context.setDefaultTimeout(10_000);
  return context;
}
