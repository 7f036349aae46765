import { describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { SHOTS } from '../support/shots.ts';

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
});
