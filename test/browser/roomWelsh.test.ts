import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { seriousViolations } from '../support/axe.ts';
import { connect, whenSynced, type SyncClient } from '../support/sync.ts';
import { addItem } from '../../shared/commands/items.ts';
import { setStep } from '../../shared/commands/meeting.ts';
import { SHOTS } from '../support/shots.ts';

const suite = browserSuite();
let chairCreds: { email: string; password: string };
let conferenceId: string;
let parentLink: string;
let writer: SyncClient;

beforeAll(async () => {
  chairCreds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
  const api = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
  conferenceId = (await api.post('/api/conferences', { ...SAMPLE_CONFERENCE, language: 'cy' })).body.conference.id;
  parentLink = suite.server.url + (await api.post(`/api/conferences/${conferenceId}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mam', attendance: 'present' })).body.url;
  writer = connect(suite.server.url, conferenceId, api.cookie);
  await whenSynced(writer);
  const d = { shared: writer.doc, professional: null };
  addItem(d, { section: 'strengths', text: 'Mae Kerys yn cerdded Poppy i’r ysgol bob dydd.', source: { name: 'Mrs Lloyd', agency: 'Ysgol' }, restricted: false, addedBy: 'c' });
  setStep(d, 'working_well');
});
afterAll(() => writer?.destroy());

describe('the room in Welsh: a parent’s phone and the chair’s screen', () => {
  it('a parent follows in Welsh on a phone, is told in Welsh when the room moves on, and the propose form’s errors are Welsh and linked to their fields', async () => {
    const phone = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await phone.goto(parentLink);
    await phone.getByRole('heading', { level: 1, name: "Beth sy'n gweithio'n dda" }).waitFor();
    await phone.getByText('Cam 6 o 13').waitFor();
    // Nothing wider than the phone: Welsh is longer than English.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(phone), 'parent phone, Welsh').toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/room-welsh-phone.png`, fullPage: true });

    await phone.getByRole('button', { name: 'Anfon at y cadeirydd' }).click();
    const summary = phone.getByRole('alert').filter({ hasText: 'Mae problem wedi codi' });
    await summary.waitFor();
    await summary.getByRole('link', { name: 'Ysgrifennwch beth hoffech chi ei ychwanegu' }).waitFor();
    const box = phone.getByLabel('Beth hoffech chi ei ychwanegu?');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await phone.locator('#propose-text-error').innerText()).toMatch(/^Gwall:\s*Ysgrifennwch beth hoffech chi ei ychwanegu$/);
    expect(await seriousViolations(phone), 'parent phone, Welsh, propose errors').toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/room-welsh-phone-errors.png`, fullPage: true });

    setStep({ shared: writer.doc, professional: null }, 'not_clear');
    await phone.getByRole('status').filter({ hasText: "Mae'r cyfarfod wedi symud ymlaen. Cam 7 o 13: Beth sydd ddim yn glir." }).waitFor({ state: 'attached' });
  });

  it('the chair’s room in a Welsh conference is in Welsh, with no serious accessibility problem', async () => {
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, chairCreds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${conferenceId}`);
    // The room opens in the conference's language (Welsh) until this device chooses; choose Cymraeg if it is not already.
    await chair.getByRole('navigation', { name: 'Agenda' }).waitFor();
    const cymraeg = chair.getByRole('navigation', { name: /^(Language|Iaith)$/ }).getByRole('button', { name: 'Cymraeg' });
    if (await cymraeg.count()) await cymraeg.click();
    expect(await chair.locator('html').getAttribute('lang')).toBe('cy');
    await chair.getByRole('navigation', { name: 'Agenda' }).getByText('Croeso a chyflwyniadau').waitFor();
    await chair.getByRole('heading', { level: 2, name: 'Cynigion' }).waitFor();
    expect(await seriousViolations(chair), 'chair room, Welsh').toEqual([]);
    await chair.getByRole('button', { name: 'Llwybrau byr y bysellfwrdd' }).click();
    await chair.getByRole('dialog').getByText('Derbyn y cynnig hynaf').waitFor();
    expect(await seriousViolations(chair), 'shortcuts, Welsh').toEqual([]);
    await chair.screenshot({ path: `${SHOTS}/room-welsh-chair.png` });
  });
});
