import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { SHOTS } from '../support/shots.ts';

const suite = browserSuite();

/** The fictional Welsh conference of the shared fixture: two children, a parent, a social worker and a police officer. */
const CONFERENCE = {
  type: 'initial', jurisdiction: 'wales', startsAt: '2030-12-16T10:00', durationMinutes: 120, venue: 'Afonwen Family Centre', online: false,
  children: [
    { name: 'Poppy Brightwater', dateOfBirth: '2016-05-03', gender: 'female' },
    { name: 'Ellis Holloway-Brightwater', dateOfBirth: '2022-02-11', gender: 'male' },
  ],
};
const PEOPLE = [
  ['Kerys Brightwater', 'parent', 'Mother', 7, 'We have stopped drinking in the week and Mum helps every day.'],
  ['Sam Pryce', 'social_worker', 'Children’s Services', 3, 'Serious incident in September; strengths not yet tested over time.'],
  ['PC Owain Rees', 'police', 'Afonwen Police', 2, 'Three call-outs in 20 months with escalation.'],
] as const;
const YES = 'Yes, name on the child protection register';
const CSP = 'No, a Care and Support Plan instead';

async function moveRoomTo(chair: Page, title: string): Promise<void> {
  await chair.getByRole('button', { name: new RegExp(title) }).first().click();
  await chair.getByRole('button', { name: /Move the room to this step/ }).click();
  await chair.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('scaling and the decision in real browsers', () => {
  it('runs a whole scaling round from phones, reveals it, takes views and records the decision', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const id: string = (await api.post('/api/conferences', CONFERENCE)).body.conference.id;
    const phones: Record<string, Page> = {};
    for (const [name, role, agency] of PEOPLE) {
      const inv = await api.post(`/api/conferences/${id}/invites`, { name, role, agency, attendance: 'present' });
      const page = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
      await page.goto(suite.server.url + inv.body.url);
      phones[name] = page;
    }
    const chairDevice = await newDevice(suite.browser);
    const chair = await chairDevice.newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${id}`);
    await chair.getByText('Saved', { exact: true }).waitFor();
    await moveRoomTo(chair, 'Scaling');

    await chair.getByRole('button', { name: 'Open scaling' }).click();
    await chair.getByText('Scoring is open').waitFor();

    for (const [name, , , score, reason] of PEOPLE) {
      const p = phones[name]!;
      await p.getByRole('radiogroup', { name: 'Your score' }).waitFor();
      await p.getByRole('radio', { name: String(score), exact: true }).click();
      await p.getByLabel('Why did you choose this number?').fill(reason);
      await p.getByRole('button', { name: 'Send my score' }).click();
      await p.getByText(`Your score of ${score} has been sent. You can change it until the chair closes scaling.`).waitFor();
    }
    // Kerys changes her mind before the chair closes scaling.
    const kerys = phones['Kerys Brightwater']!;
    await kerys.getByRole('radio', { name: '6', exact: true }).click();
    await kerys.getByRole('button', { name: /Send my (new )?score/ }).click();
    await kerys.getByText('Your score of 6 has been sent.').waitFor();
    // Sealed: nobody's page shows another person's number before the reveal.
    expect(await phones['Sam Pryce']!.content()).not.toContain('Three call-outs');
    expect(await chair.content()).not.toContain('Three call-outs');

    // Keyboard first: "s" closes scoring, and pressed again reveals the scores.
    await chair.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await chair.keyboard.press('s');
    await kerys.getByText('Scaling is closed.').waitFor();
    const [projector] = await Promise.all([chair.waitForEvent('popup'), chair.getByRole('button', { name: 'Present on the projector' }).click()]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await chair.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await chair.keyboard.press('s');
    for (const p of [kerys, phones['PC Owain Rees']!]) await p.getByText('Three call-outs in 20 months with escalation.').waitFor();
    await projector.getByText(/Kerys|Parent or carer/).first().waitFor();
    await projector.screenshot({ path: `${SHOTS}/projector-scaling-1920.png` });
    await kerys.screenshot({ path: `${SHOTS}/parent-scaling-390.png`, fullPage: true });

    // Views from the phones, then the decision.
    await moveRoomTo(chair, 'Decision');
    for (const [name, view, category] of [['Sam Pryce', YES, 'Emotional or psychological abuse'], ['PC Owain Rees', YES, 'Emotional or psychological abuse'], ['Kerys Brightwater', CSP, '']] as const) {
      const p = phones[name]!;
      await p.getByRole('heading', { name: 'Your view' }).waitFor();
      await p.getByRole('group', { name: 'What do you think should happen for Poppy?' }).getByLabel(view).check();
      await p.getByRole('group', { name: 'What do you think should happen for Ellis?' }).getByLabel(view).check();
      // DV5: the kind of harm is asked for each child the person thinks needs a plan.
      if (category) for (const child of ['Poppy', 'Ellis']) await p.getByLabel(`What kind of harm is ${child}’s plan about? (optional)`).selectOption({ label: category });
      await p.getByLabel('Why?').fill(`View of ${name}`);
      await p.getByRole('button', { name: /^Send my (new )?view$/ }).click();
      await p.getByText('Your view has been sent and recorded.').waitFor();
    }

    await chair.getByRole('button', { name: 'Record the decision' }).click();
    await chair.getByText('There is a problem').waitFor();
    for (const child of ['Poppy Brightwater', 'Ellis Holloway-Brightwater']) {
      await chair.getByRole('group', { name: child, exact: true }).getByLabel(/Name placed on the child protection register/).check();
      await chair.getByRole('group', { name: `Category for ${child.split(' ')[0]}` }).getByLabel('Emotional or psychological abuse').check();
    }
    // JG2: the statutory category is named in the reasons and is not flagged there; other jargon still is.
    await chair.getByLabel('Reasons for the decision').fill('Both professionals think a plan is needed because of emotional abuse and neglect; recent escalation and a child injured.');
    await chair.locator('#decision-rationale-jargon').getByText('“escalation”', { exact: false }).waitFor();
    expect(await chair.locator('#decision-rationale-jargon').innerText()).not.toContain('neglect');
    await chair.getByLabel('Reasons for the decision').blur();
    // QU1: two agencies take part (children's services and police), so the chair is warned before recording.
    await chair.getByText('The conference is not quorate: 2 agencies are taking part').waitFor();
    await chair.getByRole('button', { name: 'Record the decision' }).click();
    await chair.getByText('Decision recorded', { exact: true }).waitFor();
    await chair.getByText('Recorded with the warning: The conference is not quorate').waitFor();
    await kerys.getByText(/^Recorded at/).waitFor();
    await kerys.getByText('because of emotional abuse and neglect').waitFor();

    // DE6: a change after recording is a draft; Kerys's "Why" stays until the chair records it again.
    await chair.getByLabel('Reasons for the decision').fill('Both professionals think a plan is needed. Kerys asked us to note the drinking has stopped.');
    await chair.getByLabel('Reasons for the decision').blur();
    await chair.getByText('Changes not recorded yet.', { exact: false }).waitFor();
    await new Promise((r) => setTimeout(r, 500));
    expect(await kerys.locator('main').innerText()).not.toContain('Kerys asked us to note');
    await chair.getByRole('button', { name: 'Record the decision again with these changes' }).click();
    await kerys.getByText('Kerys asked us to note the drinking has stopped.').waitFor();
    await chair.getByText('Earlier versions of the decision (1)').waitFor();
    await projector.getByRole('heading', { name: 'The decision' }).waitFor();
    await projector.screenshot({ path: `${SHOTS}/projector-decision-1920.png` });
  }, 60_000);
});
