import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient, assignStaff } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { NARROW_PHONE, ZOOMED_LAPTOP, sidewaysOverflow } from '../support/reflow.ts';
import { SHOTS } from '../support/shots.ts';
import { seedConference } from '../support/record.ts';
import { roomNames } from '../../shared/schema/docLayout.ts';
import { setStep } from '../../shared/commands/meeting.ts';
import { openRound } from '../../shared/commands/scaling.ts';
import { standardScale } from '../../shared/rules/scaleWords.ts';
import type { StepId } from '../../shared/rules/agenda.ts';

const suite = browserSuite();

/**
 * WCAG 1.4.10 and 1.4.4: at 320 px wide, and on a laptop with text at 200 % (640 px of layout),
 * no screen scrolls sideways; only a data table may scroll inside its own box, and the genogram's
 * drawing is exempt. Welsh runs longer than English, so the phone walk is in Welsh.
 */
describe('screens reflow: no sideways scrolling at 320 px, nor with text at 200 %', () => {
  it('the chair’s screens zoomed, a parent’s phone at 320 px in Welsh, and the record', async () => {
    const { server } = suite;
    const chairCreds = await server.addStaff('chair', 'Gwen Ashcombe');
    const noteCreds = await server.addStaff('notetaker', 'Tomos Bryn');
    const chairApi = await new ApiClient(server.url).login(chairCreds.email, chairCreds.password);
    const noteApi = await new ApiClient(server.url).login(noteCreds.email, noteCreds.password);
    const conf = await seedConference(server, chairApi, '2030-12-16T10:00');
    await assignStaff(chairApi, conf.id, noteApi);
    const names = roomNames(conf.id);
    const moveTo = (step: StepId, then?: (shared: import('yjs').Doc) => void) =>
      server.registry.withRoom(names.shared, (shared) =>
        server.registry.withRoom(names.professional, (professional) => {
          setStep({ shared: shared.doc, professional: professional.doc }, step);
          then?.(shared.doc);
        }),
      );

    const problems: string[] = [];
    const check = async (page: Page, screen: string) => {
      await page.locator('h1').first().waitFor();
      await page.screenshot({ path: `${SHOTS}/reflow-${screen}.png` });
      for (const p of await sidewaysOverflow(page)) problems.push(`${screen}: ${p}`);
    };

    const chair = await (await newDevice(suite.browser, ZOOMED_LAPTOP)).newPage();
    await signIn(chair, server.url, chairCreds);
    await chair.waitForURL((u) => !u.pathname.startsWith('/login'));
    await check(chair, 'chair-conference-list');
    await chair.goto(`${server.url}/conferences/new`);
    await check(chair, 'chair-create');
    await chair.goto(`${server.url}/conferences/${conf.id}/setup`);
    await check(chair, 'chair-setup');
    await chair.goto(`${server.url}/conferences/${conf.id}`);

    const phoneContext = await newDevice(suite.browser, NARROW_PHONE, 'cy-GB');
    await phoneContext.addInitScript(() => localStorage.setItem('cr:language', 'cy'));
    const parent = await phoneContext.newPage();
    await parent.goto(`${server.url}/join#${conf.invites.get('Kerys Brightwater')}`);

    for (const step of ['welcome', 'history', 'worries', 'danger_goals', 'child_views', 'plan', 'decision'] as const) {
      await moveTo(step);
      await chair.locator(`[data-step="${step}"], h1`).first().waitFor();
      await check(chair, `chair-${step}`);
      await check(parent, `parent-${step}`);
    }
    await moveTo('scaling', (shared) => void openRound(shared, standardScale('higher_is_safer')));
    await check(chair, 'chair-scaling-open');
    await check(parent, 'parent-scaling-open');

    expect((await chairApi.post(`/api/conferences/${conf.id}/close`)).status).toBe(200);
    const note = await (await newDevice(suite.browser, ZOOMED_LAPTOP)).newPage();
    await signIn(note, server.url, noteCreds);
    await note.waitForURL((u) => !u.pathname.startsWith('/login'));
    await note.goto(`${server.url}/conferences/${conf.id}/record`);
    await note.getByRole('article').first().waitFor();
    await check(note, 'record');
    await note.goto(`${server.url}/deadlines`);
    await check(note, 'deadlines');

    expect(problems, 'elements that make the page scroll sideways').toEqual([]);
  }, 300_000);
});
