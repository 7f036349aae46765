import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newDevice } from '../support/browser.ts';
import { seriousViolations } from '../support/axe.ts';
import { SHOTS } from '../support/shots.ts';
import { bundleExamples } from './govuk/bundle.ts';

let browser: Browser;
let close: () => Promise<void>;
let bundle: { js: string; css: string };

beforeAll(async () => {
  bundle = await bundleExamples();
  ({ browser, close } = await launchBrowser());
}, 120_000);
afterAll(async () => close?.());

async function examplesPage(size?: { width: number; height: number }): Promise<Page> {
  const page = await (await newDevice(browser, size)).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!doctype html><html lang="en-GB" class="govuk-template"><head><title>Components</title></head><body class="govuk-template__body govuk-frontend-supported"><div id="root"></div></body></html>');
  await page.addStyleTag({ content: bundle.css });
  await page.addScriptTag({ content: bundle.js });
  await page.getByRole('heading', { level: 1, name: 'Components' }).waitFor({ timeout: 5000 }).catch((e: unknown) => {
    throw new Error(`The examples did not render: ${errors.join('; ') || String(e)}`);
  });
  return page;
}

describe('GOV.UK components (client/components/govuk): govuk-frontend markup, checked by axe', () => {
  it('the stylesheet is govuk-frontend compiled in Arial, without GDS Transport or the crown', () => {
    expect(bundle.css).toContain('.govuk-error-summary');
    expect(bundle.css).toContain('.govuk-generic-header');
    expect(bundle.css).not.toMatch(/GDS Transport|govuk-crest|@font-face/);
    expect(bundle.css).toMatch(/font-family:\s*arial,\s*sans-serif/);
  });

  it('every example, before and after errors, has no serious or critical axe violation (WCAG 2.0–2.2 AA)', async () => {
    const page = await examplesPage();
    expect(await seriousViolations(page), 'as first shown').toEqual([]);
    await page.getByTestId('first-form').getByRole('button', { name: 'Add the danger statement' }).click();
    await page.getByTestId('second-form').getByRole('button', { name: 'Add the danger statement' }).click();
    await page.getByRole('radio', { name: 'The school' }).first().check();
    expect(await seriousViolations(page), 'with both forms in error').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/govuk-examples.png`, fullPage: true });
    const phone = await examplesPage({ width: 320, height: 640 });
    expect(await seriousViolations(phone), 'at 320 px').toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/govuk-examples-320.png`, fullPage: true });
  });

  it('error summary and messages: focused when shown, unique ids, links to fields, hidden "Error:" prefix, aria-invalid', async () => {
    const page = await examplesPage();
    const first = page.getByTestId('first-form');
    await first.getByRole('button', { name: 'Add the danger statement' }).click();
    const summary = first.locator('.govuk-error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe('There is a problem');

    const danger = page.locator('#first-danger');
    expect(await danger.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await danger.getAttribute('aria-describedby'))?.split(' ') ?? [];
    expect(describedBy).toEqual(['first-danger-hint', 'first-danger-error']);
    expect(await page.locator('#first-danger-error').textContent()).toBe('Error: Write what we are worried could happen');
    expect(await page.locator('#first-danger-error .govuk-visually-hidden').textContent()).toBe('Error:');

    await summary.getByRole('link', { name: 'Choose who said it' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('first-who');

    await page.getByTestId('second-form').getByRole('button', { name: 'Add the danger statement' }).click();
    const summaryIds = await page.locator('.govuk-error-summary').evaluateAll((els) => els.map((e) => e.id));
    expect(summaryIds).toHaveLength(2);
    expect(new Set(summaryIds).size).toBe(2);
    const allIds = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(allIds.length - new Set(allIds).size, 'duplicate ids on the page').toBe(0);
  });

  it('radios and checkboxes: item hints described by id, the group hint and error on the fieldset, conditional reveals', async () => {
    const page = await examplesPage();
    const parent = page.locator('#first-who');
    expect(await parent.getAttribute('aria-describedby')).toBe('first-who-item-hint');
    expect(await page.locator('#first-who-item-hint').textContent()).toBe('Mother, father or carer');
    expect(await page.locator('#first-sections-2').getAttribute('aria-describedby')).toBe('first-sections-2-item-hint');
    expect(await page.locator('fieldset:has(#first-who)').getAttribute('aria-describedby')).toBe('first-who-hint');

    const teacher = page.getByTestId('first-form').getByLabel('Teacher’s name');
    expect(await teacher.isVisible()).toBe(false);
    await page.getByTestId('first-form').getByRole('radio', { name: 'The school' }).check();
    expect(await teacher.isVisible()).toBe(true);
  });

  it('the live region announces what arrives, and the skip link moves focus to the main content', async () => {
    const page = await examplesPage();
    const status = page.getByRole('status').filter({ hasText: 'A new proposal' });
    await page.getByRole('button', { name: 'Announce' }).click();
    await status.waitFor({ state: 'attached' });
    expect(await status.getAttribute('aria-live')).toBe('polite');

    const fresh = await examplesPage();
    await fresh.keyboard.press('Tab');
    expect(await fresh.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await fresh.keyboard.press('Enter');
    expect(await fresh.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });
});
