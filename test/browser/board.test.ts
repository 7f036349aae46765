import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { SHOTS } from '../support/shots.ts';

const suite = browserSuite();
let conferenceId: string;
const links: Record<string, string> = {};
let chairCreds: { email: string; password: string };

beforeAll(async () => {
  chairCreds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
  const api = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
  conferenceId = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
  for (const [key, name, role, agency] of [
    ['parent', 'Kerys Brightwater', 'parent', 'Mother'],
    ['hv', 'Lowri Evans', 'health', 'Health visiting'],
  ] as const) {
    const r = await api.post(`/api/conferences/${conferenceId}/invites`, { name, role, agency, attendance: 'present' });
    links[key] = suite.server.url + r.body.url;
  }
});

async function addItem(chair: Page, section: string, text: string, restricted = false): Promise<void> {
  const form = chair.getByRole('form', { name: `Add to ${section}` });
  await form.getByLabel(`Add to ${section}`).fill(text);
  if (restricted) await form.getByLabel('Professionals only').check();
  await form.getByRole('button').first().click();
  await chair.getByText(text).first().waitFor();
}

/** Step the room with the keyboard, as a chair does once the cursor has left the add box. */
async function moveRoom(chair: Page, key: 'ArrowRight' | 'ArrowLeft', times = 1): Promise<void> {
  await chair.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < times; i++) await chair.keyboard.press(key);
}

describe('the board in real browsers', () => {
  it('chair adds items in several sections; a professional follows and sees all; the family never sees restricted ones; the projector is readable', async () => {
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, chairCreds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${conferenceId}`);
    await chair.getByRole('heading', { level: 1, name: 'Welcome and introductions' }).waitFor();

    const parent = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    const hv = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await parent.goto(links.parent!);
    await hv.goto(links.hv!);

    // Step 2: a report the family received late (RP1: two working days before an initial conference).
    await moveRoom(chair, 'ArrowRight');
    const reports = chair.getByRole('form', { name: 'Add to Reports' });
    await reports.getByRole('textbox', { name: 'Add to Reports' }).fill('Health visitor report');
    await reports.getByLabel('Shared with the family on').fill('2030-12-13');
    await reports.getByRole('button').first().click();
    // SAMPLE_CONFERENCE is on Monday 16 December 2030: due by Thursday 12 December.
    await chair.getByText('The family should have had it by Thursday 12 December 2030.').waitFor();

    // Step 5: worries, with one restricted item.
    await moveRoom(chair, 'ArrowRight', 3);
    await chair.getByRole('heading', { level: 1, name: 'What are we worried about' }).waitFor();
    await addItem(chair, 'Past harm', 'On 14 September Ellis was hurt when he fell during Dean pushing Kerys.');
    await addItem(chair, 'Complicating factors', 'Details of the police investigation beyond what Dean has been told.', true);
    await chair.getByText('Professionals only').first().waitFor();

    for (const p of [parent, hv]) await p.getByRole('heading', { level: 1, name: 'What are we worried about' }).waitFor();
    await hv.getByText('Details of the police investigation').waitFor();
    await parent.getByText('On 14 September Ellis was hurt').waitFor();
    expect(await parent.getByText('police investigation').count()).toBe(0);
    expect(await parent.content()).not.toContain('police investigation');

    // Step 6: working well; everyone follows.
    await moveRoom(chair, 'ArrowRight');
    await addItem(chair, 'Strengths', "Poppy's attendance is 96%; Kerys walks her to school every day.");
    await addItem(chair, 'Existing safety', 'On 14 September Poppy phoned Nain, who came within 10 minutes.');
    for (const p of [parent, hv]) await p.getByText('Poppy phoned Nain').waitFor();

    // The chair presents ("p"): the projector window opens from the chair's own session and shows the shared document only.
    await moveRoom(chair, 'ArrowLeft');
    const [projector] = await Promise.all([chair.waitForEvent('popup'), chair.keyboard.press('p')]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    // The step fades in gently; screenshots want the settled frame.
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await projector.getByText('What are we worried about').first().waitFor();
    const harm = projector.getByText('On 14 September Ellis was hurt').filter({ visible: true });
    await harm.waitFor();
    expect(await projector.content()).not.toContain('police investigation');
    const bodySize = await harm.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(28);
    await projector.screenshot({ path: `${SHOTS}/projector-worries-1920.png` });
    await parent.screenshot({ path: `${SHOTS}/parent-worries-390.png` });
    await chair.screenshot({ path: `${SHOTS}/chair-worries-1366.png` });
  });
});
