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

/**
 * `[missing message] <id>` lines the app logged on any device (shared/i18n/translate.ts): a message its
 * loaded code did not bring (build/moduleMessages.ts). browserSuite fails the test they came from.
 */
const missingMessages: string[] = [];

export function takeMissingMessages(): string[] {
  return missingMessages.splice(0);
}

/** A separate context: its own cookies and storage, like another person's device (set to `locale`, e.g. 'cy-GB'). */
export async function newDevice(browser: Browser, size: { width: number; height: number } = { width: 1366, height: 768 }, locale = 'en-GB'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: size, locale, timezoneId: 'Europe/London' });
  context.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('[missing message]')) missingMessages.push(`${m.text()} (${m.page()?.url() ?? 'no page'})`);
  });
  // Fail at the step that is stuck, well inside the test's own timeout.
  context.setDefaultTimeout(10_000);
  return context;
}
