import { describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { SHOTS } from '../support/shots.ts';
import { seriousViolations } from '../support/axe.ts';
import { catalogue, type MessageId } from '../../shared/i18n/messages.ts';

const cy = (id: MessageId, values: Record<string, string> = {}) => catalogue('cy')[id].replace(/<\/?\w+>/g, '').replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

const suite = browserSuite();

describe('setting up a conference in a real browser', () => {
  it('warns on a past date, keeps the council reference, lets the chair put the date right before the meeting, and says how to run the projector', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('button', { name: 'Create a conference' }).click();
    await chair.getByLabel('Review child protection conference').check();
    await chair.getByLabel('Wales').check();
    await chair.getByLabel('Date', { exact: true }).fill('2024-01-15');
    await chair.getByLabel('Start time').fill('10:00');
    // SD2: said as soon as the date is in the past, before the links are made.
    await chair.getByText('This date is in the past. Invite links stop working a day after the meeting ends').waitFor();
    await chair.getByLabel('Venue').fill('Afonwen Family Centre, Room 2');
    await chair.getByLabel('Your council’s reference (optional)').fill('CP-0114-R2');
    await chair.getByLabel('Full name').fill('Poppy Brightwater');
    await chair.getByLabel('Gender').selectOption('female');
    await chair.getByRole('button', { name: 'Create conference and add attendees' }).click();
    await chair.getByRole('heading', { name: 'Attendees and invites' }).waitFor();
    await chair.getByText('CP-0114-R2').waitFor();

    // One projector path, said where the chair sets up.
    const help = chair.getByRole('region', { name: 'Showing the meeting on the projector' });
    await help.getByText('Present on the projector').waitFor();
    await help.getByText('You do not need both.').waitFor();

    // SD1: the date can be put right before the meeting starts.
    await chair.getByRole('button', { name: 'Change the date, time or place' }).click();
    await chair.getByLabel('Date', { exact: true }).fill('2031-01-20');
    expect(await chair.getByText('in the past').count()).toBe(0);
    await chair.getByRole('button', { name: 'Save the new date and place' }).click();
    await chair.getByText('Monday 20 January 2031 at 10:00am').waitFor();
    await chair.screenshot({ path: `${SHOTS}/setup-1366.png`, fullPage: true });

    // "My conferences" tells two conferences about the same child apart: type, date and reference.
    await chair.getByRole('link', { name: 'Back to my conferences' }).click();
    const card = chair.getByRole('listitem').filter({ hasText: 'CP-0114-R2' });
    await card.getByText('Review child protection conference').waitFor();
    await card.getByText('Monday 20 January 2031 at 10:00am').waitFor();
  });

  it('offers no "Make a new link" or "Remove link" once the meeting has ended', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const id = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    await api.post(`/api/conferences/${id}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mother', attendance: 'present' });
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${id}/setup`);
    await chair.getByRole('button', { name: 'Make a new link for Kerys Brightwater' }).waitFor();
    expect((await api.post(`/api/conferences/${id}/close`)).status).toBe(200);
    await chair.reload();
    await chair.getByRole('row', { name: /Kerys Brightwater/ }).waitFor();
    expect(await chair.getByRole('button', { name: /Make a new link/ }).count()).toBe(0);
    expect(await chair.getByRole('button', { name: /Remove link/ }).count()).toBe(0);
    expect(await chair.getByRole('button', { name: 'Change the date, time or place' }).count()).toBe(0);
  });

  it('in Welsh: the add form’s errors are linked to their fields, the chair changes someone’s language and interpreter, and the page fits a phone', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const id = (await api.post('/api/conferences', { ...SAMPLE_CONFERENCE, reference: 'CP-0114-R2' })).body.conference.id;
    await api.post(`/api/conferences/${id}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mam', attendance: 'present', languageNeeded: 'Cymraeg', interpreterBooked: true });
    await api.post(`/api/conferences/${id}/invites`, { name: 'Dean Holloway', role: 'parent', agency: 'Tad', attendance: 'present' });
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.evaluate(() => localStorage.setItem('cr:language', 'cy'));

    // Creating a conference with nothing filled in: every problem in Welsh, in the order of the form, each linked to its field.
    await chair.goto(`${suite.server.url}/conferences/new`);
    await chair.getByRole('button', { name: cy('conferences.create.submit') }).click();
    const problems = chair.locator('#create-conference-errors');
    await problems.getByRole('link').first().waitFor();
    expect(await problems.getByRole('link').allInnerTexts()).toEqual([
      cy('conferences.error.type'),
      cy('conferences.error.jurisdiction'),
      cy('conferences.error.date'),
      cy('conferences.error.venue'),
      cy('conferences.error.childName', { number: '1' }),
      cy('conferences.error.childGender', { number: '1' }),
    ]);
    expect(await chair.locator('fieldset:has(#type)').getAttribute('aria-describedby')).toContain('type-error');
    expect(await chair.locator('#children-0-name').getAttribute('aria-invalid')).toBe('true');
    await problems.getByRole('link', { name: cy('conferences.error.childGender', { number: '1' }) }).click();
    expect(await chair.evaluate(() => document.activeElement?.id)).toBe('children-0-gender');
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.screenshot({ path: `${SHOTS}/create-cy-errors-1366.png`, fullPage: true });

    await chair.goto(`${suite.server.url}/conferences/${id}/setup`);
    await chair.getByRole('heading', { level: 1, name: cy('setup.title') }).waitFor();
    await chair.getByRole('row', { name: /Kerys Brightwater/ }).getByText("Cymraeg: cyfieithydd wedi'i drefnu").waitFor();

    // Nothing entered: a summary in Welsh, each message a link to its field, the field marked invalid with the hidden prefix.
    await chair.getByRole('button', { name: cy('setup.attendee.submit') }).click();
    const summary = chair.locator('#add-attendee-errors');
    await summary.getByRole('link', { name: cy('setup.attendee.error.name') }).waitFor();
    await summary.getByRole('link', { name: cy('setup.attendee.error.role') }).waitFor();
    expect(await chair.locator('#name').getAttribute('aria-invalid')).toBe('true');
    expect(await chair.locator('#name-error').innerText()).toContain(cy('errors.prefix'));
    expect((await chair.locator('#name').getAttribute('aria-describedby'))?.split(' ')).toContain('name-error');
    await summary.getByRole('link', { name: cy('setup.attendee.error.role') }).click();
    expect(await chair.evaluate(() => document.activeElement?.id)).toBe('role');

    // Dean needs Polish, and his interpreter is booked now.
    const change = chair.getByRole('button', { name: cy('setup.attendees.changeLanguage', { name: 'Dean Holloway' }) });
    await change.click();
    const form = chair.getByRole('form', { name: cy('setup.attendeeLanguage.title', { name: 'Dean Holloway' }) });
    await form.getByLabel(cy('setup.attendee.languageNeeded')).fill('x'.repeat(61));
    await form.getByRole('button', { name: cy('setup.attendeeLanguage.save') }).click();
    await form.getByRole('link', { name: cy('setup.attendee.error.languageTooLong') }).waitFor();
    expect(await chair.locator('#edit-languageNeeded').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel(cy('setup.attendee.languageNeeded')).fill('Pwyleg');
    await form.getByLabel(cy('setup.attendee.interpreterBooked')).check();
    await form.getByRole('button', { name: cy('setup.attendeeLanguage.save') }).click();
    await chair.getByRole('row', { name: /Dean Holloway/ }).getByText('Pwyleg: cyfieithydd wedi').waitFor();
    await expect.poll(() => chair.evaluate(() => document.activeElement?.textContent)).toContain(cy('setup.attendees.changeLanguage', { name: 'Dean Holloway' }).trim());
    const dean = ((await api.get(`/api/conferences/${id}`)).body.attendees as { name: string }[]).find((a) => a.name === 'Dean Holloway');
    expect(dean).toMatchObject({ languageNeeded: 'Pwyleg', interpreterBooked: true });

    expect(await seriousViolations(chair)).toEqual([]);
    await chair.screenshot({ path: `${SHOTS}/setup-cy-1366.png`, fullPage: true });
    await chair.setViewportSize({ width: 390, height: 844 });
    await chair.reload();
    await chair.getByRole('heading', { level: 1, name: cy('setup.title') }).waitFor();
    expect(await chair.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.screenshot({ path: `${SHOTS}/setup-cy-390.png`, fullPage: true });
  });
});
