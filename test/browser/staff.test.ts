import { describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { seriousViolations } from '../support/axe.ts';

const suite = browserSuite();

describe('CS — assigning staff in the interface', () => {
  it('the chair assigns the note taker on the setup page; the administrator reassigns; the note taker’s list follows', async () => {
    const chairCreds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const noteCreds = await suite.server.addStaff('notetaker', 'Tomos Bryn');
    const adminCreds = await suite.server.addStaff('admin', 'Alex Admin');
    const api = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
    const id: string = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const notetaker = await new ApiClient(suite.server.url).login(noteCreds.email, noteCreds.password);
    const listed = async () => ((await notetaker.get('/api/conferences')).body.conferences as { id: string }[]).some((c) => c.id === id);
    expect(await listed()).toBe(false);

    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, chairCreds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${id}/setup`);
    const staff = chair.getByRole('region', { name: 'Staff for this conference' });
    await staff.getByRole('rowheader', { name: 'Gwen Ashcombe' }).waitFor();
    await staff.getByLabel('Assign a note taker or co-chair').selectOption({ label: 'Tomos Bryn (Note taker)' });
    await staff.getByRole('button', { name: 'Assign' }).click();
    await staff.getByRole('rowheader', { name: 'Tomos Bryn' }).waitFor();
    expect(await listed()).toBe(true);
    expect(await seriousViolations(chair)).toEqual([]);

    const admin = await (await newDevice(suite.browser)).newPage();
    await signIn(admin, suite.server.url, adminCreds);
    await admin.getByRole('heading', { name: 'Conferences and their staff' }).waitFor();
    await admin.getByRole('button', { name: /Change staff/ }).first().click();
    const editor = admin.getByRole('region', { name: 'Staff for this conference' });
    await editor.getByRole('button', { name: 'Remove Tomos Bryn' }).click();
    await editor.getByRole('rowheader', { name: 'Tomos Bryn' }).waitFor({ state: 'detached' });
    expect(await listed()).toBe(false);
    // The last chair has no Remove button: a conference always keeps a chair.
    expect(await editor.getByRole('button', { name: 'Remove Gwen Ashcombe' }).count()).toBe(0);
    expect(await admin.getByText('Poppy').count()).toBe(0);
  });
});
