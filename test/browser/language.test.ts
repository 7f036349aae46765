import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { connect, whenSynced, type SyncClient } from '../support/sync.ts';
import { setPresenting, setStep } from '../../shared/commands/meeting.ts';
import { openRound, publishScores } from '../../shared/commands/scaling.ts';
import { standardScale } from '../../shared/rules/scaleWords.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { drawSampleFamily } from '../support/genogramFixture.ts';
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

  it('open screens follow at once: the chair changes the conference language, and a person switches in one window', async () => {
    const api = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
    const id: string = (await api.post('/api/conferences', { ...SAMPLE_CONFERENCE, language: 'en' })).body.conference.id;
    const parentUrl = suite.server.url + (await api.post(`/api/conferences/${id}/invites`, { name: 'Dean Holloway', role: 'parent', agency: 'Dad', attendance: 'present' })).body.url;
    const projectorUrl = suite.server.url + (await api.post(`/api/conferences/${id}/invites`, { name: 'Projector Room 3', role: 'projector', agency: '', attendance: 'present' })).body.url;
    const w = connect(suite.server.url, id, api.cookie);
    await whenSynced(w);
    setPresenting({ shared: w.doc, professional: null }, true);

    // A parent who has not chosen a language, and the projector: both open, in English.
    const phone = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await phone.goto(parentUrl);
    await phone.getByRole('heading', { name: 'Why we are here' }).waitFor();
    const projector = await (await newDevice(suite.browser)).newPage();
    await projector.goto(projectorUrl);
    await projector.getByRole('region', { name: 'Who is here' }).waitFor();

    // The chair's room in two windows of one browser.
    const chairDevice = await newDevice(suite.browser);
    const room = await chairDevice.newPage();
    await signIn(room, suite.server.url, chairCreds);
    await room.getByRole('heading', { name: 'My conferences' }).waitFor();
    await room.goto(`${suite.server.url}/conferences/${id}`);
    await room.getByRole('heading', { level: 1, name: 'Welcome and introductions' }).waitFor();
    const second = await chairDevice.newPage();
    await second.goto(`${suite.server.url}/conferences/${id}`);
    await second.getByRole('heading', { level: 1, name: 'Welcome and introductions' }).waitFor();

    // The chair makes the conference Welsh: the phone and the projector follow without being reopened.
    expect((await api.request('PUT', `/api/conferences/${id}/language`, { language: 'cy' })).status).toBe(200);
    await phone.getByRole('heading', { name: 'Pam rydyn ni yma' }).waitFor();
    expect(await phone.locator('html').getAttribute('lang')).toBe('cy');
    await projector.getByRole('region', { name: 'Pwy sydd yma' }).waitFor();
    // Then both languages: the projector shows Welsh first, then English.
    expect((await api.request('PUT', `/api/conferences/${id}/language`, { language: 'cy-en' })).status).toBe(200);
    await projector.getByRole('region', { name: 'Pwy sydd yma / Who is here' }).waitFor();

    // The chair has not chosen a language on this device, so their windows follow the conference too.
    await room.getByRole('heading', { level: 1, name: 'Croeso a chyflwyniadau' }).waitFor();
    await second.getByRole('heading', { level: 1, name: 'Croeso a chyflwyniadau' }).waitFor();
    // The chair chooses English in one window: the other follows at once.
    await room.getByRole('navigation', { name: 'Iaith' }).getByRole('button', { name: 'English' }).click();
    await room.getByRole('heading', { level: 1, name: 'Welcome and introductions' }).waitFor();
    await second.getByRole('heading', { level: 1, name: 'Welcome and introductions' }).waitFor();
    expect(await second.locator('html').getAttribute('lang')).toBe('en-GB');
    // The projector keeps the conference's languages whatever a person chose.
    await projector.getByRole('region', { name: 'Pwy sydd yma / Who is here' }).waitFor();
    await second.screenshot({ path: `${SHOTS}/language-follows-second-window.png` });
    w.destroy();
  });

  it('the projector of a bilingual conference shows the scaling step and the genogram key in Welsh, then English', async () => {
    const api = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
    const created = await api.post('/api/conferences', { ...SAMPLE_CONFERENCE, language: 'cy-en' });
    const id: string = created.body.conference.id;
    const children: { id: string }[] = created.body.conference.children;
    const projectorUrl = suite.server.url + (await api.post(`/api/conferences/${id}/invites`, { name: 'Taflunydd', role: 'projector', agency: '', attendance: 'present' })).body.url;
    const s = connect(suite.server.url, id, api.cookie);
    const pro = connect(suite.server.url, `${id}/professional`, api.cookie);
    await Promise.all([whenSynced(s), whenSynced(pro)]);
    const d = { shared: s.doc, professional: null };
    setPresenting(d, true);
    drawSampleFamily({ shared: s.doc, professional: pro.doc }, { c1: children[0]!.id, c2: children[1]!.id }, undefined, 6);
    setStep(d, 'network');

    const projector = await (await newDevice(suite.browser, { width: 1920, height: 1080 })).newPage();
    await projector.goto(projectorUrl);
    const key = projector.locator('.cr-proj-geno__legend svg');
    await key.waitFor();
    expect(await key.getAttribute('aria-label')).toBe(`${translate('cy', { id: 'genogram.picture.keyLabel' })} / Key to the family tree`);
    const words = await key.locator('text').allTextContents();
    // Each sample named in Welsh, then in English on the line under it (marked as English).
    const female = words.indexOf(translate('cy', { id: 'genogram.legend.female' }));
    expect(female).toBeGreaterThanOrEqual(0);
    expect(words[female + 1]).toBe('Female');
    expect(await key.locator('text[lang="en-GB"]', { hasText: 'Female' }).count()).toBe(1);
    await projector.screenshot({ path: `${SHOTS}/language-projector-genogram-bilingual.png` });

    // Scaling: the question open, then revealed; the words around it in Welsh, then English.
    setStep(d, 'scaling');
    const round = openRound(s.doc, standardScale('higher_is_safer'));
    const count = projector.locator('.cr-proj-count');
    await count.locator('[lang="en-GB"]').waitFor();
    // The standard question, asked in English, reads in Welsh, then in English.
    const question = projector.locator('.cr-proj-question');
    expect(await question.innerText()).toBe(`${standardScale('higher_is_safer', 'cy').question}\n${standardScale('higher_is_safer', 'en').question}`);
    expect(await count.innerText()).toMatch(/^.+\n.*scored/);
    expect(round.ok).toBe(true);
    if (!round.ok) return;
    publishScores(s.doc, round.value, [{ attendeeId: 'a1', name: 'Lowri Evans', role: 'health', group: 'professional', score: 6, reason: 'Good progress', onBehalf: false }]);
    // The reveal: each person's role under the dot plot in both, and the reasons' column titles.
    await projector.locator('.cr-dotplot__label tspan[lang="en-GB"]', { hasText: 'Health' }).waitFor();
    expect(await projector.locator('.cr-dotplot__label').first().textContent()).toContain(translate('cy', { id: 'role.health' }));
    // The reasons' columns (on the next page; measured on this one) are titled in both.
    expect(await projector.locator('.cr-proj-column__title [lang="en-GB"]').first().textContent()).toMatch(/reasons/i);
    await projector.screenshot({ path: `${SHOTS}/language-projector-scaling-bilingual.png` });
    s.destroy();
    pro.destroy();
  });
});
