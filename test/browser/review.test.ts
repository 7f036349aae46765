import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { seedConference } from '../support/record.ts';
import { FIXTURE } from '../support/fixture.ts';
import { SHOTS } from '../support/shots.ts';
import { intentId } from '../security/harness.ts';
import { project } from '../../shared/schema/project.ts';

/**
 * RV1–RV3, TR5, DC6 in real browsers: the chair makes the first review of the fictional family
 * from the case page, the room shows last time's plan with its progress and last time's worries
 * beside now's, a parent scores on her phone, the reveal shows where everyone was at the initial
 * conference and where they are now (projector and phone), and the chair records for each child
 * whether the plan continues or ends, with the reason.
 */

const suite = browserSuite();

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const WORRY = FIXTURE.worries.past_harm[0].text as string;
const NEW_WORRY = 'Dean was seen drinking at the park with Ellis in November (fictional)';
const ACTION = FIXTURE.plan_actions[0].what as string;
const PROGRESS_NOTE = 'Eight of twelve sessions attended';

async function moveRoomTo(chair: Page, title: string): Promise<void> {
  await chair.getByRole('button', { name: new RegExp(title) }).first().click();
  await chair.getByRole('button', { name: /Move the room to this step/ }).click();
  await chair.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('the first review of a case in real browsers', () => {
  it('is made from the case page and shows last time, the trend since the initial conference and the decision with its reasons', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    // The initial conference three months ago: its board, plan, scores and decision; finalised.
    const initial = await seedConference(suite.server, api, `${days(-90)}T10:00`);
    expect((await api.post(`/api/conferences/${initial.id}/intents`, { id: intentId(), type: 'record_decision' })).status).toBe(200);
    expect((await api.post(`/api/conferences/${initial.id}/close`, {})).status).toBe(200);
    expect((await api.post(`/api/conferences/${initial.id}/record/finalise`, {})).status).toBe(200);

    // The chair opens the case from "My conferences" and creates the review.
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.getByRole('link', { name: /The case/ }).first().click();
    await chair.getByRole('heading', { name: /The case: Poppy Brightwater/ }).waitFor();
    await chair.getByRole('button', { name: 'Create the next review' }).click();
    await chair.getByLabel('Date and time').fill(`${days(0)}T10:00`);
    await chair.getByRole('button', { name: 'Create the review' }).click();
    await chair.getByText('Review created').waitFor();
    await chair.getByText('Everything was carried forward from version 1 of the last record.').waitFor();
    const link = async (name: string) => chair.getByRole('row', { name: new RegExp(name) }).locator('code').innerText();
    const kerysLink = await link('Kerys Brightwater');
    const samLink = await link('Sam Pryce');

    // Between the conferences the key worker reports progress on last time's plan.
    const sam = new ApiClient(suite.server.url);
    expect((await sam.post('/api/join', { token: samLink.split('#')[1] })).status).toBe(200);
    const reviewId = new URL(await chair.getByRole('link', { name: 'Open the room' }).getAttribute('href') ?? '', suite.server.url).pathname.split('/').at(-1)!;
    const actionId = await suite.server.registry.withRoom(reviewId, (s) => project(s.doc, null).actions.find((a) => a.what === ACTION)?.id);
    expect(actionId).toBeTruthy();
    expect((await sam.post(`/api/conferences/${reviewId}/intents`, { id: intentId(), type: 'record_progress', actionId, progress: 'partly_done', note: PROGRESS_NOTE })).status).toBe(200);

    await chair.getByRole('link', { name: 'Open the room' }).click();
    await chair.getByText('Saved', { exact: true }).waitFor();
    await chair.getByText('Review child protection conference').waitFor();
    const [projector] = await Promise.all([chair.waitForEvent('popup'), chair.getByRole('button', { name: 'Present on the projector' }).click()]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    const phone = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await phone.goto(kerysLink);

    // Last time's worries beside now's, on the chair's screen and the parent's phone.
    await moveRoomTo(chair, 'What are we worried about');
    const form = chair.getByRole('form', { name: 'Add to Past harm' });
    await form.getByLabel('Add to Past harm').fill(NEW_WORRY);
    await form.getByRole('button').first().click();
    for (const p of [chair, phone]) {
      const lastTime = p.getByTestId('last-time-past_harm');
      await lastTime.getByText(WORRY).waitFor();
      await p.getByText(NEW_WORRY).first().waitFor();
      expect(await lastTime.innerText()).not.toContain(NEW_WORRY);
    }

    // Last time's plan, with the progress reported since, on every screen.
    await moveRoomTo(chair, 'What needs to happen');
    const progress = 'Partly done, reported by Sam Pryce';
    for (const p of [chair, phone, projector]) {
      await p.getByText(ACTION).filter({ visible: true }).first().waitFor();
      await p.getByText(progress).filter({ visible: true }).first().waitFor();
    }
    await phone.getByText(PROGRESS_NOTE).first().waitFor();

    // Scaling: Kerys scores on her phone, Sam from his laptop (through the same intent), the chair reveals.
    await moveRoomTo(chair, 'Scaling');
    await chair.getByRole('button', { name: 'Open scaling' }).click();
    await chair.getByText('Scoring is open').waitFor();
    await phone.getByRole('radiogroup', { name: 'Your score' }).waitFor();
    await phone.getByRole('radio', { name: '6', exact: true }).click();
    await phone.getByLabel('Why did you choose this number?').fill('Dean has nearly finished the course and we have not argued since October.');
    await phone.getByRole('button', { name: 'Send my score' }).click();
    await phone.getByText('Your score of 6 has been sent.').waitFor();
    const roundId = await suite.server.registry.withRoom(reviewId, (s) => project(s.doc, null).currentRoundId);
    expect((await sam.post(`/api/conferences/${reviewId}/intents`, { id: intentId(), type: 'submit_score', roundId, score: 5, reason: 'Real progress; the alcohol work is still to start.' })).status).toBe(200);
    await chair.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await chair.keyboard.press('s');
    await phone.getByText('Scaling is closed.').waitFor();
    await chair.keyboard.press('s');
    await phone.getByText('Real progress; the alcohol work is still to start.').waitFor();
    await chair.getByText('On the projector, Page Down shows where everyone was at the earlier conferences', { exact: false }).waitFor();
    await chair.getByTestId('trend-person').locator('table').scrollIntoViewIfNeeded();
    await chair.screenshot({ path: `${SHOTS}/review-trend-chair-1366.png` });

    // TR5: the trend on the projector (the page after the plot) and on the phone: each person's score
    // at the initial conference beside today's, with how far it moved in words.
    await projector.getByText('Page 1 of 4').waitFor();
    await projector.keyboard.press('PageDown');
    const figure = projector.getByTestId('trend-person');
    await figure.waitFor();
    const words = await figure.locator('[role="img"]').first().getAttribute('aria-label');
    const kerysBefore = String(FIXTURE.participants.scorers.find((s: { id: string }) => s.id === 'r6').overall);
    const samBefore = String(FIXTURE.participants.scorers.find((s: { id: string }) => s.id === 'r1').overall);
    expect(words).toContain(`Kerys Brightwater (Parent or carer): ${kerysBefore} (`);
    expect(words).toMatch(/Kerys Brightwater \(Parent or carer\): \d+ \([^)]*Initial\); 6 \([^)]*Today\)\./);
    expect(words).toMatch(new RegExp(`Sam Pryce \\(Social worker\\): ${samBefore} \\([^)]*Initial\\); 5 \\([^)]*Today\\)\\.`));
    const svg = await figure.locator('svg').first().innerHTML();
    expect(svg).toContain('Today');
    expect(svg).toContain('Initial');
    expect(svg).toContain('no score today');
    await projector.screenshot({ path: `${SHOTS}/review-trend-projector-1920.png` });
    await projector.keyboard.press('PageDown');
    await projector.getByTestId('trend-role').waitFor();
    await projector.screenshot({ path: `${SHOTS}/review-trend-roles-projector-1920.png` });

    const phoneTrend = phone.getByTestId('trend-person');
    await phoneTrend.scrollIntoViewIfNeeded();
    const kerysRow = phoneTrend.locator('.cr-trend__person').filter({ hasText: 'Kerys Brightwater' });
    await kerysRow.getByText('Today (').waitFor();
    expect(await kerysRow.innerText()).toContain(`point${Math.abs(6 - Number(kerysBefore)) === 1 ? '' : 's'} ${6 > Number(kerysBefore) ? 'safer' : 'less safe'}`);
    await phoneTrend.screenshot({ path: `${SHOTS}/review-trend-phone-390.png` });
    await phone.screenshot({ path: `${SHOTS}/review-trend-phone-390-viewport.png` });

    // DC6: the decision. Poppy's plan continues; Ellis's name comes off the register, which needs a reason.
    await moveRoomTo(chair, 'Decision');
    const poppy = chair.getByRole('group', { name: 'Poppy Brightwater', exact: true });
    const ellis = chair.getByRole('group', { name: 'Ellis Holloway-Brightwater', exact: true });
    await chair.getByTestId(`previous-decision-${initial.children[0]!.id}`).getByText(/Name placed on the child protection register/).waitFor();
    await poppy.getByLabel(/Name kept on the child protection register/).check();
    const poppyCategory = chair.getByRole('group', { name: 'Category for Poppy' }).getByLabel('Emotional or psychological abuse');
    if (!(await poppyCategory.isChecked())) await poppyCategory.check();
    await ellis.getByLabel(/Name removed from the child protection register; support continues under a Care and Support Plan/).check();
    const reason = chair.getByLabel('Why the plan ends or changes for Ellis Holloway-Brightwater');
    await reason.fill('Ellis has always had a sober adult caring for him since October; the health visitor has no worries.');
    await reason.blur();
    await chair.getByLabel('Reasons for the decision').fill('Real progress for both children; Poppy still worries when Dean drinks, so her plan continues.');
    await chair.getByLabel('Reasons for the decision').blur();
    await chair.getByRole('button', { name: 'Record the decision' }).click();
    await chair.getByText('Decision recorded', { exact: true }).waitFor();
    await phone.getByText(/^Recorded at/).waitFor();
    await phone.getByText('Ellis has always had a sober adult caring for him since October', { exact: false }).waitFor();

    // CA2: after the meeting the case lists both conferences in order, each with its date, type,
    // decision per child (and the review's reason), scores and the dates still to come (the next review in six months).
    expect((await api.post(`/api/conferences/${reviewId}/close`, {})).status).toBe(200);
    await chair.goto(`${suite.server.url}/cases/${initial.id}`);
    const rows = chair.locator('.cr-case-conference');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    const [first, second] = [await rows.nth(0).innerText(), await rows.nth(1).innerText()];
    expect(first).toMatch(/^Initial child protection conference, .*2026|^Initial child protection conference, /);
    expect(first).toContain('Record finalised (version 1)');
    expect(first).toContain('Poppy Brightwater: Name placed on the child protection register');
    expect(first).toContain(`Kerys Brightwater (Parent or carer) ${kerysBefore}`);
    expect(second).toMatch(/^Review child protection conference, /);
    expect(second).toContain('Poppy Brightwater: Name kept on the child protection register');
    expect(second).toContain('Ellis Holloway-Brightwater: Name removed from the child protection register');
    expect(second).toContain('Why: Ellis has always had a sober adult caring for him since October');
    expect(second).toContain('Kerys Brightwater (Parent or carer) 6');
    expect(second).toContain('Middle score: family 6, professionals 5');
    expect(second).toMatch(/Next review conference: \w+ \d+ \w+ \d{4}/);
    await chair.screenshot({ path: `${SHOTS}/review-case-1366.png`, fullPage: true });
  }, 120_000);

  it('RV2 the chair adds a child to a review and removes one before it starts, on the setup page; the child kept keeps their id', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const initial = await seedConference(suite.server, api, `${days(-30)}T10:00`);
    const made = await api.post('/api/conferences', { type: 'review', previousConferenceId: initial.id, startsAt: `${days(60)}T10:00`, durationMinutes: 90, venue: 'Afonwen Family Centre', online: false, reference: '' });
    expect(made.status, made.text).toBe(201);
    const reviewId: string = made.body.conference.id;
    const [poppy] = initial.children;

    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${reviewId}/setup`);
    await chair.getByRole('button', { name: 'Add or remove a child' }).click();
    const form = chair.getByTestId('children-editor');
    await form.getByRole('button', { name: 'Remove Ellis Holloway-Brightwater' }).click();
    await form.getByRole('button', { name: 'Add a child' }).click();
    // A new child needs a name and a gender: the GOV.UK error summary says so.
    await form.getByRole('button', { name: 'Save the children' }).click();
    await chair.getByText('There is a problem').waitFor();
    await chair.getByRole('link', { name: 'Enter the full name of new child 1' }).waitFor();
    await form.getByLabel('Full name').fill('Nia Brightwater');
    await form.getByLabel('Date of birth (optional)').fill('2025-01-20');
    await form.getByLabel('Gender').selectOption({ label: 'Female' });
    await chair.screenshot({ path: `${SHOTS}/review-children-1366.png`, fullPage: true });
    await form.getByRole('button', { name: 'Save the children' }).click();
    await chair.getByText('The children have been changed.').waitFor();
    await chair.getByText('Poppy Brightwater, Nia Brightwater').first().waitFor();
    const detail = await api.get(`/api/conferences/${reviewId}`);
    expect(detail.body.conference.children.map((c: { id: string; name: string }) => c.name)).toEqual(['Poppy Brightwater', 'Nia Brightwater']);
    expect(detail.body.conference.children[0].id).toBe(poppy!.id);
    expect(detail.body.conference.children[1]).toMatchObject({ dateOfBirth: '2025-01-20', gender: 'female' });
  }, 60_000);
});
