import { describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { failingWrites } from '../support/failingStore.ts';
import { translate } from '../../shared/i18n/translate.ts';

const CANNOT_SAVE_TEXT = translate('en', { id: 'sync.cannotSave' });
const NOT_SENT_YET_TEXT = translate('en', { id: 'sync.notSentYet' });

const suite = browserSuite();

describe('SF1/SF2 — what people see while the server cannot save', () => {
  it('the chair is told edits are kept on this device, a participant that their proposal is not sent yet; both go through when it recovers', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const id: string = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const invite = await api.post(`/api/conferences/${id}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mother', attendance: 'present' });

    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${id}`);
    await chair.getByText('Saved').waitFor();
    const parent = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await parent.goto(suite.server.url + invite.body.url);
    await parent.waitForURL(/\/conferences\/[a-z0-9]+$/);
    await parent.getByLabel('Where should it go?').waitFor();

    const disk = failingWrites(suite.server.store);
    disk.failing = true;
    await chair.getByRole('button', { name: /What is not clear/ }).click();
    const form = chair.getByRole('form', { name: 'Add to Grey areas and gaps' });
    await form.getByLabel('Add to Grey areas and gaps').fill('Who looks after Ellis on Saturday nights?');
    await form.getByRole('button').first().click();
    await chair.getByText(CANNOT_SAVE_TEXT).waitFor();

    await parent.getByLabel('Where should it go?').selectOption('strengths');
    await parent.getByLabel('What would you like to add?').fill('Poppy walks to school with her cousin.');
    await parent.getByRole('button', { name: 'Send to the chair' }).click();
    await parent.getByText(NOT_SENT_YET_TEXT).first().waitFor();

    disk.failing = false;
    disk.restore();
    await chair.getByText('Saved').waitFor({ timeout: 15_000 });
    expect(await chair.getByText(CANNOT_SAVE_TEXT).count()).toBe(0);
    // The queue retries on its own timer (15 s); going online again makes it try at once.
    await parent.context().setOffline(true);
    await parent.context().setOffline(false);
    await parent.getByText('Sent. The chair will see this and may add it to the board.').waitFor({ timeout: 20_000 });
  }, 60_000);
});
