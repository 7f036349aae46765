import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { SHOTS } from '../support/shots.ts';
import { standardScale } from '../../shared/rules/scaleWords.ts';

const suite = browserSuite();

const PEOPLE = [
  ['Kerys Brightwater', 'parent', '', 'present', 9, 'I am scared they will take the children.'],
  ['PC Owain Rees', 'police', 'Afonwen Police', 'present', 6, 'Fewer call-outs since the summer.'],
  ['Dr Nia Evans', 'gp', 'Afonwen Surgery', 'report_only', null, ''],
] as const;

async function moveRoomTo(chair: Page, title: string): Promise<void> {
  await chair.getByRole('button', { name: new RegExp(title) }).first().click();
  await chair.getByRole('button', { name: /Move the room to this step/ }).click();
  await chair.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('a council’s reversed scale in real browsers', () => {
  it('SC5/SC10/SC4/PM9 words every screen by the direction, marks the band on the projector and expects only those present', async () => {
    const adminCreds = await suite.server.addStaff('admin');
    const admin = await new ApiClient(suite.server.url).login(adminCreds.email, adminCreds.password);
    const current = (await admin.get('/api/settings')).body.settings;
    // The council's standard scale: 10 is the most worried end, talk about 8 or above first.
    expect((await admin.request('PUT', '/api/settings', { ...current, scale: { ...standardScale('higher_is_riskier'), escalateAtOrBelow: 2 } })).status).toBe(200);

    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const id: string = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const phones: Record<string, Page> = {};
    for (const [name, role, agency, attendance] of PEOPLE) {
      const inv = await api.post(`/api/conferences/${id}/invites`, { name, role, agency, attendance });
      if (attendance !== 'present') continue;
      const page = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
      await page.goto(suite.server.url + inv.body.url);
      phones[name] = page;
    }
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${id}`);
    await chair.getByText('Saved', { exact: true }).waitFor();
    await moveRoomTo(chair, 'Scaling');

    // The form starts from the council's reversed scale.
    await chair.getByLabel('10 is the most worried end').isChecked().then((c) => expect(c).toBe(true));
    expect(await chair.getByRole('textbox', { name: 'Question' }).inputValue()).toContain('where 10 means things are so bad');
    await chair.getByRole('button', { name: 'Open scaling' }).click();
    await chair.getByText('Scoring is open').waitFor();

    const kerys = phones['Kerys Brightwater']!;
    await kerys.getByRole('radiogroup', { name: 'Your score' }).waitFor();
    const phoneText = await kerys.locator('main').innerText();
    expect(phoneText).toContain('how worried they are');
    expect(phoneText).not.toContain('how safe');
    expect(phoneText).toMatch(/10 means: Things are so bad/);
    await kerys.screenshot({ path: `${SHOTS}/parent-scaling-reversed-390.png`, fullPage: true });

    for (const [name, , , , score, reason] of PEOPLE) {
      if (score === null) continue;
      const p = phones[name]!;
      await p.getByRole('radiogroup', { name: 'Your score' }).waitFor();
      await p.getByRole('radio', { name: String(score), exact: true }).click();
      await p.getByLabel('Why did you choose this number?').fill(reason);
      await p.getByRole('button', { name: 'Send my score' }).click();
      await p.getByText(`Your score of ${score} has been sent.`).waitFor();
    }
    // The GP sent a report only: the room does not wait for their score (PM9).
    await chair.getByRole('heading', { name: '2 of 2 people have scored' }).waitFor();

    const [projector] = await Promise.all([chair.waitForEvent('popup'), chair.getByRole('button', { name: 'Present on the projector' }).click()]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await projector.getByText('how worried they are').waitFor();
    expect(await projector.locator('body').innerText()).not.toContain('how safe');
    await chair.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await chair.keyboard.press('s');
    await chair.keyboard.press('s');
    // Kerys's 9 is in the band (8 or above): a square round her dot, and words, not colour alone.
    await projector.locator('[data-band="true"]').first().waitFor();
    expect(await projector.locator('[data-band="true"]').count()).toBe(1);
    await projector.getByText('Talk about first', { exact: true }).waitFor();
    await projector.getByText('Scores of 8 or above: a square round the dot.', { exact: true }).waitFor();
    await projector.screenshot({ path: `${SHOTS}/projector-scaling-reversed-1920.png` });
    await kerys.screenshot({ path: `${SHOTS}/parent-scaling-reversed-revealed-390.png`, fullPage: true });
  });
});
