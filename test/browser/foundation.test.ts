import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';

const suite = browserSuite();

async function invite(page: Page, name: string, role: string, agency: string): Promise<string> {
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Role').selectOption(role);
  await page.getByLabel('Agency or relationship to the child').fill(agency);
  await page.getByRole('button', { name: 'Add attendee and make invite link' }).click();
  const link = await page.getByLabel(`Invite link for ${name}`).inputValue();
  await page.getByRole('button', { name: 'I have copied the link' }).click();
  return link;
}

describe('a conference set up and followed in real browsers', () => {
  it('chair creates a conference with two children, invites two people, and an edit appears on their devices', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();

    await chair.getByRole('button', { name: 'Create a conference' }).click();
    await chair.getByLabel('Initial child protection conference').check();
    await chair.getByLabel('Wales').check();
    await chair.getByLabel('Date', { exact: true }).fill('2030-12-16');
    await chair.getByLabel('Start time').fill('10:00');
    await chair.getByLabel('Venue').fill('Afonwen Family Centre, Room 2');
    await chair.getByLabel('Full name').fill('Poppy Brightwater');
    await chair.getByLabel('Date of birth').fill('2016-05-03');
    await chair.getByLabel('Gender').selectOption('female');
    await chair.getByRole('button', { name: 'Add another child' }).click();
    await chair.getByLabel('Full name').nth(1).fill('Ellis Holloway-Brightwater');
    await chair.getByLabel('Date of birth').nth(1).fill('2022-02-11');
    await chair.getByLabel('Gender').nth(1).selectOption('male');
    await chair.getByRole('button', { name: 'Create conference and add attendees' }).click();
    await chair.getByRole('heading', { name: 'Attendees and invites' }).waitFor();

    const parentLink = await invite(chair, 'Kerys Brightwater', 'parent', 'Mother');
    const teacherLink = await invite(chair, 'Mrs Carys Lloyd', 'education', 'Afonwen Primary');
    expect(parentLink).toMatch(/\/join#[A-Za-z0-9_-]{43}$/);
    const conferenceUrl = chair.url().replace(/\/setup$/, '');

    // Two other devices open their links; the token leaves the address bar.
    const parent = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    const teacher = await (await newDevice(suite.browser)).newPage();
    await parent.goto(parentLink);
    await teacher.goto(teacherLink);
    for (const p of [parent, teacher]) {
      await p.waitForURL(/\/conferences\/[a-z0-9]+$/);
      expect(p.url()).not.toContain('#');
    }

    await chair.goto(conferenceUrl);
    await chair.getByRole('heading', { level: 1, name: 'Welcome and introductions' }).waitFor();
    // Move the room to "What is working well" with the keyboard and add a strength.
    for (let i = 0; i < 5; i++) await chair.keyboard.press('ArrowRight');
    await chair.getByRole('heading', { level: 1, name: 'What is working well' }).waitFor();
    const form = chair.getByRole('form', { name: 'Add to Strengths' });
    await form.getByLabel('Add to Strengths').fill('Kerys walks Poppy to school every day');
    await form.getByRole('button').first().click();

    for (const p of [parent, teacher]) {
      await p.getByRole('heading', { name: /What is working well/ }).waitFor({ timeout: 10_000 });
      await p.getByText('Kerys walks Poppy to school every day').waitFor({ timeout: 10_000 });
    }

    // The chair removes someone: their screen closes at once.
    const who = chair.getByRole('region', { name: /Who is here/ });
    await who.getByRole('button', { name: 'Remove Mrs Carys Lloyd' }).click();
    await chair.getByRole('button', { name: 'Remove Mrs Carys Lloyd' }).last().click();
    await teacher.getByRole('heading', { name: 'You have been removed from this meeting' }).waitFor();
  });
});
