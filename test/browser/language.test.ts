import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { connect, whenSynced, type SyncClient } from '../support/sync.ts';
import { setPresenting } from '../../shared/commands/meeting.ts';
import { SHOTS } from '../support/shots.ts';

const suite = browserSuite();
let chairCreds: { email: string; password: string };
let conferenceId: string;
let parentLink: string;
let projectorLink: string;
let writer: SyncClient;

beforeAll(async () => {
  chairCreds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
  const api = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
  conferenceId = (await api.post('/api/conferences', { ...SAMPLE_CONFERENCE, language: 'cy' })).body.conference.id;
  parentLink = suite.server.url + (await api.post(`/api/conferences/${conferenceId}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mam', attendance: 'present' })).body.url;
  projectorLink = suite.server.url + (await api.post(`/api/conferences/${conferenceId}/invites`, { name: 'Taflunydd Ystafell 2', role: 'projector', agency: '', attendance: 'present' })).body.url;
  writer = connect(suite.server.url, conferenceId, api.cookie);
  await whenSynced(writer);
  setPresenting({ shared: writer.doc, professional: null }, true);
});
afterAll(() => writer?.destroy());

describe('Welsh and English, per person and per conference', () => {
  it('a parent in a Welsh conference sees Welsh on their phone, and can choose English, which their phone remembers', async () => {
    const phone = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await phone.goto(parentLink);
    await phone.getByRole('heading', { name: 'Pam rydyn ni yma' }).waitFor();
    expect(await phone.locator('html').getAttribute('lang')).toBe('cy');
    await phone.getByText('Rydyn ni yma am fod pobl yn poeni am ddiogelwch y plant.', { exact: false }).waitFor();
    await phone.screenshot({ path: `${SHOTS}/language-phone-welsh.png` });

    await phone.getByRole('navigation', { name: 'Iaith' }).getByRole('button', { name: 'English' }).click();
    await phone.getByRole('heading', { name: 'Why we are here' }).waitFor();
    expect(await phone.locator('html').getAttribute('lang')).toBe('en-GB');
    await phone.reload();
    await phone.getByRole('heading', { name: 'Why we are here' }).waitFor();
    expect(await phone.getByRole('navigation', { name: 'Language' }).getByText('English').getAttribute('aria-current')).toBe('true');
  });

  it('the chair sets the conference bilingual, and the projector shows Welsh first, then English', async () => {
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, chairCreds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${conferenceId}/setup`);
    await chair.getByLabel('Welsh and English (Welsh first)').check();
    await chair.getByRole('button', { name: 'Save the language' }).click();
    await chair.getByRole('status').getByText('The language is saved', { exact: false }).waitFor();
    // The chair's own screen stays in the language their device chose.
    expect(await chair.locator('html').getAttribute('lang')).toBe('en-GB');

    const projector = await (await newDevice(suite.browser)).newPage();
    await projector.goto(projectorLink);
    const who = projector.getByRole('region', { name: 'Pwy sydd yma / Who is here' });
    await who.waitFor();
    expect(await projector.locator('html').getAttribute('lang')).toBe('cy');
    const heading = who.getByRole('heading', { level: 2 }).filter({ visible: true }).first();
    expect(await heading.innerText()).toMatch(/^Pwy sydd yma\s+Who is here$/);
    expect(await heading.locator('[lang="en-GB"]').innerText()).toBe('Who is here');
    await projector.screenshot({ path: `${SHOTS}/language-projector-bilingual.png` });
  });
});
