import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient, SAMPLE_CONFERENCE, assignStaff } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { connect, whenSynced, type SyncClient } from '../support/sync.ts';
import { SHOTS } from '../support/shots.ts';
import { addItem } from '../../shared/commands/items.ts';
import { setPresenting, setStep } from '../../shared/commands/meeting.ts';

const suite = browserSuite();
const THREE_CHILDREN = {
  ...SAMPLE_CONFERENCE,
  children: [...SAMPLE_CONFERENCE.children, { name: 'Alfie Brightwater', dateOfBirth: '2024-01-20', gender: 'male' }],
};

/** A 1,500-character account of the worst time, whose last sentence must be seen on the projector. */
const WORST = [
  'On the evening of 14 June the police were called by a neighbour who heard shouting and a child crying through the wall.',
  'When officers arrived Dean had left the house. Kerys had a cut above her eye and said she had fallen against the kitchen door.',
  'Poppy was in her bedroom with Ellis and Alfie; she had pushed her bed against the door and was holding Alfie, who was asleep.',
  'Poppy told the officer that Dean had been drinking since the afternoon and that he threw a plate which broke on the wall by the cot.',
  'Ellis had a red mark on his arm. Kerys said he had been pulled out of the way when the plate was thrown, and that Dean did not mean it.',
  'The children stayed with Nain that night. The next morning Kerys said she wanted Dean to come home and that it was a one-off.',
  'The health visitor saw Ellis two days later; the mark had faded and there were no other injuries, but Ellis would not let her look at his back.',
  'Poppy missed three days of school that week. When she came back she told her teacher she was tired because she listens for the front door at night.',
  'Dean was arrested on 16 June and released on bail with a condition not to contact Kerys; he returned to the house on 2 July and was seen by a neighbour.',
  'Kerys has said since that she is frightened of what will happen if she tells anyone when Dean comes back.',
  'Nain says Kerys rang her twice that week late at night, crying, and asked her not to tell the social worker; Nain told her she would have to if the children were at risk.',
  'This is the end of the account of the worst time.',
].join(' ');

let chairCreds: { email: string; password: string };
let noteCreds: { email: string; password: string };
let conferenceId: string;
let projectorLink: string;
let writer: SyncClient;

beforeAll(async () => {
  expect(WORST.length).toBeGreaterThanOrEqual(1500);
  chairCreds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
  noteCreds = await suite.server.addStaff('notetaker', 'Tomos Price');
  const api = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
  conferenceId = (await api.post('/api/conferences', THREE_CHILDREN)).body.conference.id;
  await assignStaff(api, conferenceId, await new ApiClient(suite.server.url).login(noteCreds.email, noteCreds.password));
  await api.post(`/api/conferences/${conferenceId}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mother', attendance: 'present' });
  projectorLink = suite.server.url + (await api.post(`/api/conferences/${conferenceId}/invites`, { name: 'Room 2 projector', role: 'projector', agency: '', attendance: 'present' })).body.url;
  writer = connect(suite.server.url, conferenceId, api.cookie);
  await whenSynced(writer);
  const d = { shared: writer.doc, professional: null };
  const source = { name: 'Sam Pryce', agency: 'Children’s Services' };
  addItem(d, { section: 'incidents', text: 'Police called after a neighbour heard shouting; Poppy was found hiding.', source, details: { incidentKind: 'last', date: '2025-11-02' }, restricted: false, addedBy: 't' });
  addItem(d, { section: 'incidents', text: WORST, source: { name: 'PC Owain Rees', agency: 'Afonwen Police' }, details: { incidentKind: 'worst', date: '2025-06-14' }, restricted: false, addedBy: 't' });
  addItem(d, { section: 'incidents', text: 'School noticed Poppy was withdrawn and often tired.', source: { name: 'Mrs Carys Lloyd', agency: 'Afonwen Primary' }, details: { incidentKind: 'first', date: '2024-09-20' }, restricted: false, addedBy: 't' });
  for (const [section, text] of [
    ['past_harm', 'Ellis had a red mark on his arm after a plate was thrown on 14 June.'],
    ['past_harm', 'Poppy has heard shouting at home many times and hides with her brothers.'],
    ['future_danger', 'Social workers are worried the children could be hurt if Dean comes home while drinking.'],
    ['complicating_factors', 'Dean has returned to the house despite his bail conditions.'],
    ['strengths', "Poppy's attendance is 96%; Kerys walks her to school every day."],
    ['existing_safety', 'Nain has had the children to stay whenever there is trouble, and they know her number.'],
  ] as const) {
    addItem(d, { section, text, source, restricted: false, addedBy: 't' });
  }
  setPresenting(d, true);
});
afterAll(() => writer?.destroy());

/** The parts of a long entry on the projector's page now: which pixels of it each shows, and its full height. */
function slicesShown(p: Page): Promise<{ from: number; to: number; full: number }[]> {
  return p.locator('.cr-proj-frame .cr-proj-slice').evaluateAll((els) =>
    els.map((e) => {
      const inner = e.firstElementChild as HTMLElement;
      const from = -parseFloat(inner.style.marginTop || '0');
      return { from, to: from + (e as HTMLElement).offsetHeight, full: inner.offsetHeight };
    }),
  );
}

describe('the projector in real browsers', () => {
  it('a projector joined by its own link lists the chair and note taker, not itself; words follow three children; the chair pages a long account to its end and the step stays', async () => {
    const chair = await (await newDevice(suite.browser, { width: 1366, height: 768 })).newPage();
    await signIn(chair, suite.server.url, chairCreds);
    await chair.getByRole('heading', { name: 'My conferences' }).waitFor();
    await chair.goto(`${suite.server.url}/conferences/${conferenceId}`);
    const note = await (await newDevice(suite.browser)).newPage();
    await signIn(note, suite.server.url, noteCreds);
    await note.getByRole('heading', { name: 'My conferences' }).waitFor();
    await note.goto(`${suite.server.url}/conferences/${conferenceId}`);

    const projector = await (await newDevice(suite.browser, { width: 1920, height: 1080 })).newPage();
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    await projector.goto(projectorLink);
    await projector.waitForURL(/\/projector$/);
    const who = projector.getByRole('region', { name: 'Who is here' });
    // The screen also holds a hidden copy it measures pages with: read only what is shown.
    await who.getByText('Gwen Ashcombe').filter({ visible: true }).waitFor();
    await who.getByText('Tomos Price').filter({ visible: true }).waitFor();
    await who.getByText('Kerys Brightwater').filter({ visible: true }).waitFor();
    expect(await who.getByText('Room 2 projector').count()).toBe(0);
    await projector.getByText("people are worried about the children's safety").filter({ visible: true }).waitFor();
    expect(await projector.locator('body').innerText()).not.toMatch(/the child's/);
    await projector.screenshot({ path: `${SHOTS}/projector-welcome-1920.png` });

    // What has got us here: a dated timeline, oldest first; the chair is told nothing is missing.
    setStep({ shared: writer.doc, professional: null }, 'history');
    await projector.getByRole('heading', { level: 1, name: 'What has got us here' }).waitFor();
    await chair.getByRole('heading', { level: 1, name: 'What has got us here' }).waitFor();
    const whens = await projector.locator('.cr-proj-frame .cr-proj-timeline__when').allInnerTexts();
    expect(whens[0]).toContain('20 September 2024');
    expect(whens[0]).toContain('First time');
    const timeline = chair.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('14 June 2025').waitFor();
    expect(await timeline.getByText('Not recorded yet').count()).toBe(0);
    await chair.screenshot({ path: `${SHOTS}/chair-timeline-1366.png` });

    // The long account does not fit one page: the chair sees "Page 1 of N" and turns the pages from the room.
    const pager = chair.getByRole('group', { name: 'On the projector' });
    await pager.getByText(/Page 1 of [2-9]/).waitFor();
    const pages = Number(/of (\d+)/.exec(await pager.getByRole('status').innerText())![1]);
    await projector.getByText('Continues', { exact: true }).first().waitFor();
    const fontSize = await projector.locator('.cr-proj-frame .cr-proj-item__text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    await projector.screenshot({ path: `${SHOTS}/projector-long-item-page1-1920.png` });
    const shown = [...(await slicesShown(projector))];
    await chair.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let p = 2; p <= pages; p++) {
      await chair.keyboard.press('PageDown');
      await pager.getByText(`Page ${p} of ${pages}`).waitFor();
      await projector.getByText(`Page ${p} of ${pages}`).waitFor();
      shown.push(...(await slicesShown(projector)));
      await projector.screenshot({ path: `${SHOTS}/projector-long-item-page${p}-1920.png` });
    }
    // The pages show the whole account, each part once and in order, down to its last line.
    expect(shown.length).toBeGreaterThan(1);
    expect(shown[0]!.from).toBeCloseTo(0, 0);
    // A part starts where the last ended, or at the next line after a paragraph's spacing.
    for (let i = 1; i < shown.length; i++) {
      expect(shown[i]!.from).toBeGreaterThanOrEqual(shown[i - 1]!.to - 1);
      expect(shown[i]!.from).toBeLessThanOrEqual(shown[i - 1]!.to + 24);
    }
    expect(shown[shown.length - 1]!.to).toBeCloseTo(shown[0]!.full, 0);
    await chair.getByRole('heading', { level: 1, name: 'What has got us here' }).waitFor();
    await projector.getByRole('heading', { level: 1, name: 'What has got us here' }).waitFor();
    await chair.keyboard.press('PageUp');
    await pager.getByText(`Page ${pages - 1} of ${pages}`).waitFor();

    // The map: three columns across the width, as a board would show it.
    await chair.keyboard.press('ArrowRight');
    await projector.getByRole('heading', { level: 1, name: 'What are we worried about' }).waitFor();
    await pager.getByText(/Page 1 of \d/).waitFor();
    const cols = await projector.locator('.cr-proj-map__col').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(cols).toHaveLength(3);
    expect(cols.reduce((a, b) => a + b, 0)).toBeGreaterThan(1500);
    await projector.getByText('Nain has had the children to stay').filter({ visible: true }).waitFor();
    await projector.screenshot({ path: `${SHOTS}/projector-map-1920.png` });
    await chair.screenshot({ path: `${SHOTS}/chair-projector-pager-1366.png` });
  });
});
