import { describe, expect, it } from 'vitest';
import { ApiClient, SAMPLE_CONFERENCE } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { connect, whenSynced } from '../support/sync.ts';
import { SHOTS } from '../support/shots.ts';
import { addAction } from '../../shared/commands/plan.ts';
import { addContingency } from '../../shared/commands/contingency.ts';
import { setPresenting, setStep } from '../../shared/commands/meeting.ts';

const suite = browserSuite();

describe('the outline plan on the projector', () => {
  it('numbers each action, says who and by when, and keeps the contingency beside it in large type', async () => {
    const creds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const api = await new ApiClient(suite.server.url).login(creds.email, creds.password);
    const id: string = (await api.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const chair = connect(suite.server.url, id, api.cookie);
    await whenSynced(chair);
    const d = { shared: chair.doc, professional: null };
    addAction(d, { what: 'Dean completes the 12-week domestic abuse behaviour programme', who: 'Dean Holloway', by: '2031-03-07', howWeKnow: 'Attendance reports to each core group', links: [], restricted: false });
    addAction(d, { what: 'Both parents are assessed by the community alcohol service', who: 'Kerys, Dean; Sam refers', by: '2031-01-17', howWeKnow: 'Assessment letters shared with the core group', links: [], restricted: false });
    addContingency(d, { mightHappen: 'Any further incident', weWill: 'Kerys uses the code word and Glenys collects the children.', restricted: false });
    setStep(d, 'plan');
    setPresenting(d, true);

    const projector = await (await newDevice(suite.browser, { width: 1920, height: 1080 })).newPage();
    await signIn(projector, suite.server.url, creds);
    await projector.getByRole('heading', { name: 'My conferences' }).waitFor();
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await projector.goto(`${suite.server.url}/conferences/${id}/projector`);
    const first = projector.locator('.cr-proj-action__what').filter({ visible: true }).first();
    await first.waitFor();
    expect(await first.innerText()).toMatch(/^1\.\s*Dean completes/);
    // The number's glyphs sit inside the action's box (a hanging indent once pushed them out of sight).
    const numberOffset = await first.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el.querySelector('.cr-proj-action__n')!);
      return range.getBoundingClientRect().left - el.getBoundingClientRect().left;
    });
    expect(numberOffset).toBeGreaterThanOrEqual(0);
    await projector.getByText('Who: Dean Holloway · By: 7 March 2031').filter({ visible: true }).waitFor();
    await projector.getByText('Any further incident').filter({ visible: true }).waitFor();
    expect(await first.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28);
    await projector.screenshot({ path: `${SHOTS}/projector-plan-1920.png` });

    // In Welsh, then bilingual: Welsh first, the English on its own line, neither shrunk below 28px.
    await api.put(`/api/conferences/${id}/language`, { language: 'cy' });
    await projector.reload();
    await projector.getByRole('heading', { level: 2, name: 'Beth sydd angen digwydd' }).waitFor();
    // The date is the browser's: the test's Chromium has no Welsh month names (Intl falls back to English there).
    await projector.getByText(/^Pwy: Dean Holloway · Erbyn: 7 /).filter({ visible: true }).waitFor();
    await projector.screenshot({ path: `${SHOTS}/projector-plan-welsh-1920.png` });
    await api.put(`/api/conferences/${id}/language`, { language: 'cy-en' });
    await projector.reload();
    const title = projector.getByRole('heading', { level: 1 });
    await title.locator('[lang="en-GB"]').waitFor();
    expect(await title.innerText()).toMatch(/^Beth sydd angen digwydd\s+What needs to happen$/);
    await projector.getByText(/^Pwy \/ Who: Dean Holloway · Erbyn \/ By: 7 /).filter({ visible: true }).waitFor();
    for (const el of await projector.locator('.cr-proj-explanation, .cr-proj-column__title, .cr-proj-item__text, .cr-proj-action__what').filter({ visible: true }).all()) {
      expect(await el.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(28);
      for (const second of await el.locator('.cr-bilingual__second').all()) expect(await second.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(28);
    }
    // Nothing runs off the stage: every column's content stays inside the 1920×1080 picture.
    const overflow = await projector.evaluate(() => [...document.querySelectorAll('.cr-proj-column, .cr-proj-header')].some((el) => el.scrollWidth > el.clientWidth + 1));
    expect(overflow).toBe(false);
    await projector.screenshot({ path: `${SHOTS}/projector-plan-bilingual-1920.png` });
    chair.destroy();
  });
});
