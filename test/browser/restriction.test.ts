import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { connect, whenSynced, type SyncClient } from '../support/sync.ts';
import { SHOTS } from '../support/shots.ts';
import { setPresenting, setStep } from '../../shared/commands/meeting.ts';

const suite = browserSuite();
let conferenceId: string;
let parentLink: string;
let chairCreds: { email: string; password: string };
let room: SyncClient;

beforeAll(async () => {
  chairCreds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
  const api = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
  conferenceId = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
  const r = await api.post(`/api/conferences/${conferenceId}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mother', attendance: 'present' });
  parentLink = suite.server.url + r.body.url;
  // The chair's keyboard would move the room; here a second chair connection does it, to keep the test on the forms.
  room = connect(suite.server.url, conferenceId, api.cookie);
  await whenSynced(room);
});

const step = (id: string) => setStep({ shared: room.doc, professional: null }, id);

async function addDanger(chair: Page, statement: string, professionalsOnly: boolean): Promise<void> {
  const form = chair.locator('form.cr-danger--new');
  await form.getByLabel('Danger statement').fill(statement);
  const box = form.getByLabel('Professionals only');
  if ((await box.isChecked()) !== professionalsOnly) await box.setChecked(professionalsOnly);
  await form.getByRole('button', { name: 'Add danger statement and safety goal' }).click();
  await chair.getByText(statement).first().waitFor();
}

describe('RS5/RS6 professionals only in every step, in real browsers', () => {
  it('the closed session ticks "Professionals only" in the danger, action and contingency forms; the chair restricts any of them; the parent’s phone and the projector never show them and number without gaps', async () => {
    const chair = await (await newDevice(suite.browser, { width: 1920, height: 1080 })).newPage();
    await signIn(chair, suite.server.url, chairCreds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${conferenceId}`);
    const parent = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await parent.goto(parentLink);

    // Step 8 in a closed session: the new danger statement's box starts ticked (RS5).
    step('danger_goals');
    await chair.getByRole('heading', { level: 1, name: 'Danger statements and safety goals' }).waitFor();
    await addDanger(chair, 'Kerys and the children could be hurt if Dean drinks and becomes angry at home.', false);
    await chair.getByRole('button', { name: /Start closed session/ }).click();
    await chair.getByText('Closed session.').waitFor();
    expect(await chair.locator('form.cr-danger--new').getByLabel('Professionals only').isChecked()).toBe(true);
    await addDanger(chair, 'Police intelligence: a new partner with a record of violence visits the home.', true);
    await chair.getByRole('heading', { name: 'Worry 1' }).waitFor();
    expect(await chair.locator('.cr-danger', { hasText: 'Police intelligence' }).getByText('Professionals only').count()).toBe(1);
    await chair.locator('.cr-danger--restricted').scrollIntoViewIfNeeded();
    await chair.screenshot({ path: `${SHOTS}/chair-dangers-restricted-1920.png` });

    // Step 12, still closed: a police action, professionals only by default; then a contingency entry.
    step('plan');
    await chair.getByRole('heading', { level: 1, name: 'What needs to happen' }).waitFor();
    const actionForm = chair.getByRole('form', { name: 'Add action to the plan' });
    expect(await actionForm.getByLabel('Professionals only').isChecked()).toBe(true);
    await actionForm.getByLabel('What needs to happen?').fill('Police complete the investigation into the assault of 14 September.');
    await actionForm.getByLabel(/Professionals-only worry/).check();
    await actionForm.getByRole('button', { name: 'Add action to the plan' }).click();
    await chair.locator('.cr-action-row', { hasText: 'Police complete the investigation' }).getByText('Professionals only').waitFor();

    await chair.getByRole('button', { name: /End closed session/ }).click();
    await chair.getByText('Closed session.').waitFor({ state: 'detached' });
    expect(await actionForm.getByLabel('Professionals only').isChecked()).toBe(false);
    await actionForm.getByLabel('What needs to happen?').fill('Dean completes the domestic abuse programme.');
    await actionForm.getByLabel(/^Worry 1/).check();
    await actionForm.getByLabel(/Professionals-only worry/).check();
    await actionForm.getByRole('button', { name: 'Add action to the plan' }).click();
    await chair.locator('.cr-action-row', { hasText: 'Dean completes' }).waitFor();
    // The shared action is the family's action 1: the restricted one above it has no number.
    expect(await chair.locator('.cr-action-row', { hasText: 'Dean completes' }).locator('.cr-action-row__n').innerText()).toMatch(/1$/);
    expect(await chair.locator('.cr-action-row', { hasText: 'Dean completes' }).innerText()).toContain('Worry 1, a professionals-only worry');

    const contingency = chair.getByRole('form', { name: 'Add to the contingency plan' });
    await contingency.getByLabel('If this happens').fill('Dean comes home drunk');
    await contingency.getByLabel('What we will do').fill('Kerys calls the police and Glenys collects the children.');
    await contingency.getByRole('button', { name: 'Add to the contingency plan' }).click();
    await contingency.getByLabel('If this happens').fill('Dean is charged');
    await contingency.getByLabel('What we will do').fill('A strategy discussion within one working day.');
    await contingency.getByRole('button', { name: 'Add to the contingency plan' }).click();
    const charged = chair.locator('.cr-contingency', { has: chair.locator('textarea', { hasText: 'Dean is charged' }) });
    await charged.waitFor();
    // Restricting any entity goes through the server (restrict_item) and comes back with the lock.
    await charged.getByRole('button', { name: /Make professionals only/ }).click();
    await charged.getByRole('group', { name: 'Make professionals only' }).getByRole('button', { name: 'Make professionals only' }).click();
    await charged.getByText('Professionals only', { exact: true }).first().waitFor();
    await chair.locator('.cr-actions-table').scrollIntoViewIfNeeded();
    await chair.screenshot({ path: `${SHOTS}/chair-plan-restricted-1920.png` });
    await charged.scrollIntoViewIfNeeded();
    await chair.screenshot({ path: `${SHOTS}/chair-contingency-restricted-1920.png` });

    // The parent's phone: the shared action is action 1, one worry, one contingency entry; nothing restricted.
    await parent.getByRole('heading', { level: 1, name: 'What needs to happen' }).waitFor();
    await parent.getByText('Dean completes the domestic abuse programme.').waitFor();
    await parent.getByText('Kerys calls the police').waitFor();
    const page = await parent.content();
    for (const secret of ['Police complete the investigation', 'Dean is charged', 'strategy discussion', 'professionals-only', 'Professionals only']) expect(page).not.toContain(secret);
    expect(await parent.locator('.cr-action').count()).toBe(2); // one action, one contingency entry
    expect(await parent.getByText('Worry 1', { exact: true }).count()).toBe(1);
    await parent.screenshot({ path: `${SHOTS}/parent-plan-restricted-390.png`, fullPage: true });

    // The projector: action 1 is the shared one.
    setPresenting({ shared: room.doc, professional: null }, true);
    const projector = await (await newDevice(suite.browser, { width: 1920, height: 1080 })).newPage();
    await signIn(projector, suite.server.url, chairCreds);
    await projector.getByRole('heading', { name: 'My conferences' }).waitFor();
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await projector.goto(`${suite.server.url}/conferences/${conferenceId}/projector`);
    const first = projector.locator('.cr-proj-action__what').filter({ visible: true }).first();
    await first.waitFor();
    expect(await first.innerText()).toMatch(/^1\.\s*Dean completes/);
    expect(await projector.content()).not.toContain('Police complete');
    await projector.screenshot({ path: `${SHOTS}/projector-plan-restricted-1920.png` });
  });
});
