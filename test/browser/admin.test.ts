import { describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { SHOTS } from '../support/shots.ts';

const suite = browserSuite();

describe('administration', () => {
  it('an administrator adds a council word to flag, and the chair is offered the plainer words as they write', async () => {
    const adminCreds = await suite.server.addStaff('admin', 'Alex Admin');
    const admin = await (await newDevice(suite.browser)).newPage();
    await signIn(admin, suite.server.url, adminCreds);
    await admin.getByRole('heading', { name: 'Administration' }).waitFor();
    const list = admin.getByLabel('Words to flag in English, with plainer words');
    await list.fill(`${await list.inputValue()}\nSGO = a court order naming a relative as the child's special guardian`);
    await admin.getByLabel('Working days to send the written summary and outline plan').fill('0');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByText('There is a problem').waitFor();
    await admin.getByLabel('Working days to send the written summary and outline plan').fill('1');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByText('Settings saved').waitFor();
    await admin.reload();
    await admin.getByRole('cell', { name: 'settings changed' }).first().waitFor();
    await admin.screenshot({ path: `${SHOTS}/admin-1366.png`, fullPage: false });

    const chairCreds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
    const id: string = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, chairCreds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${id}`);
    await chair.getByRole('button', { name: /What is not clear/ }).click();
    await chair.getByRole('textbox', { name: 'Add to Grey areas and gaps' }).fill('We do not know if Glenys would apply for an SGO.');
    await chair.getByText('a court order naming a relative').waitFor();
    expect(await chair.getByText('The family may not know this term').count()).toBe(1);
    // The Welsh list is checked too: a family reads jargon in either language.
    await chair.getByRole('textbox', { name: 'Add to Grey areas and gaps' }).fill('Bydd y grŵp craidd yn cwrdd ym mis Ionawr.');
    await chair.getByText('y grŵp sy’n cyfarfod i weld a yw’r cynllun yn gweithio').waitFor();
  });

  it('the administration screen reads in Welsh, with the Welsh plain-words list beside the English one', async () => {
    const adminCreds = await suite.server.addStaff('admin', 'Alun Gweinyddwr');
    const admin = await (await newDevice(suite.browser)).newPage();
    await signIn(admin, suite.server.url, adminCreds);
    await admin.getByRole('heading', { name: 'Administration' }).waitFor();
    await admin.getByRole('button', { name: 'Cymraeg' }).click();
    await admin.getByRole('heading', { name: 'Gweinyddu' }).waitFor();
    // Remembered on this device.
    await admin.reload();
    await admin.getByRole('heading', { name: 'Gweinyddu' }).waitFor();
    expect(await admin.getByLabel('Geiriau i’w nodi yn Gymraeg, gyda geiriau symlach').inputValue()).toContain('grŵp craidd = ');
    await admin.getByLabel('Diwrnodau gwaith i anfon y crynodeb ysgrifenedig a’r cynllun amlinellol').fill('0');
    await admin.getByRole('button', { name: 'Cadw’r gosodiadau' }).click();
    await admin.getByRole('heading', { name: 'Mae problem wedi codi' }).waitFor();
    await admin.screenshot({ path: `${SHOTS}/admin-cy-1366.png`, fullPage: false });
  });
});
