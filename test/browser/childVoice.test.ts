import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { SHOTS } from '../support/shots.ts';

const suite = browserSuite();

async function moveRoomTo(chair: Page, title: RegExp): Promise<void> {
  await chair.getByRole('button', { name: title }).first().click();
  await chair.getByRole('button', { name: /Move the room to this step/ }).click();
}

describe('the child’s voice in real browsers', () => {
  it('CV1/CV2 each child has their own houses and scale; the child sends theirs from a phone, the advocate enters a child’s words marked so', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const id: string = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const phone = async (name: string, role: string) => {
      const inv = await api.post(`/api/conferences/${id}/invites`, { name, role, agency: role === 'advocate' ? 'Tros Gynnal' : '', attendance: 'present' });
      const page = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
      await page.goto(suite.server.url + inv.body.url);
      return page;
    };
    const poppy = await phone('Poppy Brightwater', 'child');
    const rhian = await phone('Rhian Jones', 'advocate');
    const chair = await (await newDevice(suite.browser)).newPage();
    await signIn(chair, suite.server.url, creds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${id}`);
    await chair.getByText('Saved', { exact: true }).waitFor();
    await moveRoomTo(chair, /views of the child|child’s views|children’s views|The child/i);

    // Poppy, on her own phone while she is here.
    await poppy.getByRole('heading', { name: 'Poppy’s voice' }).waitFor();
    await poppy.getByText('Is this you? Add your words and score').first().click();
    const mine = poppy.locator('section', { has: poppy.getByRole('heading', { name: 'Poppy’s voice' }) });
    await mine.getByRole('radio', { name: 'House of dreams' }).check();
    await mine.getByLabel('Your words', { exact: true }).fill('I want to go to the seaside with Mum and Nain.');
    await mine.getByRole('button', { name: 'Add to my house' }).click();
    await mine.getByText('Added to your house of dreams.').waitFor();
    await mine.getByRole('radio', { name: '6', exact: true }).click();
    await mine.getByRole('button', { name: 'Send my score' }).click();
    await mine.getByText('Your score has been sent.').waitFor();

    // Rhian, the advocate, for Ellis (who is three and not in the room).
    const ellis = rhian.locator('section', { has: rhian.getByRole('heading', { name: 'Ellis’s voice' }) });
    await ellis.getByText('Enter Ellis’s words or score').click();
    await ellis.getByRole('radio', { name: 'House of worries' }).check();
    await ellis.getByLabel('Ellis’s words', { exact: true }).fill('Scared when there is shouting at night.');
    await ellis.getByRole('button', { name: 'Add to Ellis’s house' }).click();
    await ellis.getByText('Added to Ellis’s house of worries.').waitFor();
    await ellis.getByRole('radio', { name: '3', exact: true }).click();
    await ellis.getByRole('button', { name: 'Send Ellis’s score' }).click();
    await ellis.getByText('Ellis’s score has been sent, marked as entered by you.').waitFor();

    // Everyone sees each child's own houses and scale; the advocate's entries say so.
    await poppy.getByText('Entered by Rhian Jones (advocate) for Ellis').first().waitFor();
    await chair.getByText('Scared when there is shouting at night.').first().waitFor();
    const projector = await chair.context().newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await projector.goto(`${suite.server.url}/conferences/${id}/projector`);
    await chair.bringToFront();
    await chair.getByRole('button', { name: 'Present on the projector' }).click().catch(() => undefined);
    await projector.getByText('I want to go to the seaside with Mum and Nain.').filter({ visible: true }).waitFor();
    await projector.getByText(/Each child’s own scale .*Poppy 6 · Ellis 3 \(entered for them\)/).waitFor();
    await projector.screenshot({ path: `${SHOTS}/projector-child-voice-1920.png` });
    await rhian.screenshot({ path: `${SHOTS}/advocate-child-voice-390.png`, fullPage: true });
  }, 60_000);
});
