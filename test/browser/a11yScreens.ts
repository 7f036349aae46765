import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient, assignStaff } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite } from '../support/browserSuite.ts';
import { seriousViolations, type AxeViolation } from '../support/axe.ts';
import { SHOTS } from '../support/shots.ts';
import { seedConference } from '../support/record.ts';
import { roomNames } from '../../shared/schema/docLayout.ts';
import { setClosedSession, setPresenting, setStep } from '../../shared/commands/meeting.ts';
import { openRound } from '../../shared/commands/scaling.ts';
import { standardScale } from '../../shared/rules/scaleWords.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { MessageId } from '../../shared/i18n/messages.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { StepId } from '../../shared/rules/agenda.ts';

/**
 * Every screen and state, in each language, through axe-core (WCAG 2.0/2.1/2.2 A and AA): no
 * serious or critical violation anywhere. To add a screen, reach it below and call `check`.
 * Screens are reached by address and by the server's documents, so the test reads the same in
 * both languages; the few clicks use the catalogue's words. One test file per language
 * (a11y.en.test.ts, a11y.cy.test.ts), so the two run side by side.
 */
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

export function everyScreenPassesAxe(locale: Locale): void {
  const suite = browserSuite();
  describe(`every screen has no serious or critical axe violation (${locale})`, () => screens(locale, suite));
}

function screens(locale: Locale, suite: ReturnType<typeof browserSuite>): void {
  const t = (id: MessageId) => translate(locale, { id });
  const found: string[] = [];

  async function device(size = LAPTOP): Promise<BrowserContext> {
    const context = await newDevice(suite.browser, size, locale === 'cy' ? 'cy-GB' : 'en-GB');
    // Many screens one after another on a loaded machine: patience, not a speed test.
    context.setDefaultTimeout(30_000);
    // The person's own language choice, as the header's chooser remembers it on the device.
    await context.addInitScript((l) => localStorage.setItem('cr:language', l), locale);
    return context;
  }

  /** Wait for the screen's heading, look at it (a screenshot), run axe, and keep what it finds. */
  async function check(page: Page, screen: string, ready = page.locator('h1').first()): Promise<void> {
    await ready.waitFor();
    await page.screenshot({ path: `${SHOTS}/a11y-${locale}-${screen}.png` });
    const problems: AxeViolation[] = await seriousViolations(page);
    for (const v of problems) found.push(`${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.slice(0, 3).join(' | ')}`);
  }

  it('staff, participants, the projector, the lobby, the closed session and the record', async () => {
    const { server } = suite;
    const chairCreds = await server.addStaff('chair', 'Gwen Ashcombe');
    const noteCreds = await server.addStaff('notetaker', 'Tomos Bryn');
    const adminCreds = await server.addStaff('admin', 'Alex Admin');
    const chairApi = await new ApiClient(server.url).login(chairCreds.email, chairCreds.password);
    const noteApi = await new ApiClient(server.url).login(noteCreds.email, noteCreds.password);
    const conf = await seedConference(server, chairApi, '2030-12-16T10:00');
    await assignStaff(chairApi, conf.id, noteApi);
    const child = await chairApi.post(`/api/conferences/${conf.id}/invites`, { name: 'Poppy Brightwater', role: 'child', agency: '', attendance: 'present' });
    const link = (name: string) => `${server.url}/join#${conf.invites.get(name)}`;
    const names = roomNames(conf.id);
    const room = (fn: (d: { shared: import('yjs').Doc; professional: import('yjs').Doc }) => void) =>
      server.registry.withRoom(names.shared, (shared) => server.registry.withRoom(names.professional, (professional) => fn({ shared: shared.doc, professional: professional.doc })));
    const moveTo = (step: StepId) => room((d) => void setStep(d, step));
    const signIn = async (page: Page, creds: { email: string; password: string }) => {
      await page.goto(`${server.url}/login`);
      await page.getByLabel(t('login.email')).fill(creds.email);
      await page.getByLabel(t('login.password')).fill(creds.password);
      await page.getByRole('button', { name: t('login.submit') }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    };

    // Signed out.
    const visitor = await (await device()).newPage();
    await visitor.goto(`${server.url}/login`);
    await check(visitor, 'login');
    await visitor.getByRole('button', { name: t('login.submit') }).click();
    await check(visitor, 'login-errors', visitor.locator('.govuk-error-summary'));

    // The chair's own screens.
    const chair = await (await device()).newPage();
    await signIn(chair, chairCreds);
    await check(chair, 'conference-list');
    await chair.goto(`${server.url}/conferences/new`);
    await check(chair, 'create-conference');
    await chair.goto(`${server.url}/conferences/${conf.id}/setup`);
    await check(chair, 'setup');
    // Moving screen inside the app puts focus on the new screen's heading.
    await chair.getByRole('link', { name: t('header.deadlines') }).click();
    await check(chair, 'deadlines');
    await expect.poll(() => chair.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // The chair's room, step by step, and the projector beside it.
    await room((d) => void setPresenting(d, true));
    await chair.goto(`${server.url}/conferences/${conf.id}`);
    const projector = await chair.context().newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    // Contrast is measured on the settled frame, not half-way through the step's fade-in.
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    for (const step of ['welcome', 'network', 'history', 'worries', 'danger_goals', 'scaling', 'child_views', 'plan', 'decision'] as const) {
      await moveTo(step);
      await chair.locator('h1').first().waitFor();
      await check(chair, `chair-${step}`);
      if (step === 'welcome' || step === 'worries' || step === 'scaling' || step === 'plan') {
        await projector.goto(`${server.url}/conferences/${conf.id}/projector`);
        await check(projector, `projector-${step}`, projector.locator('.cr-projector h1, .cr-projector h2').first());
      }
    }
    await chair.keyboard.press('?');
    await check(chair, 'chair-shortcuts', chair.getByRole('dialog'));
    await chair.keyboard.press('Escape');

    // The note taker's room.
    const note = await (await device()).newPage();
    await signIn(note, noteCreds);
    await note.goto(`${server.url}/conferences/${conf.id}`);
    await check(note, 'notetaker-room');

    // Each kind of participant on a phone, with a scaling question open.
    await moveTo('worries');
    const phones: [string, string][] = [
      ['parent', link('Kerys Brightwater')],
      ['social-worker', link('Sam Pryce')],
      ['police', link('PC Owain Rees')],
      ['advocate', link('Ffion Dafydd')],
      ['supporter', link('Glenys Morgan')],
      ['child', `${server.url}${child.body.url}`],
    ];
    const participants: Page[] = [];
    for (const [role, url] of phones) {
      const phone = await (await device(PHONE)).newPage();
      await phone.goto(url);
      await check(phone, `participant-${role}-worries`);
      participants.push(phone);
    }
    await room((d) => {
      setStep(d, 'scaling');
      openRound(d.shared, standardScale('higher_is_safer'));
    });
    for (const [i, [role]] of phones.entries()) {
      const phone = participants[i]!;
      await phone.locator('h1').first().waitFor();
      await check(phone, `participant-${role}-scaling-open`);
    }
    await check(chair, 'chair-scaling-open');

    // The lobby: the parent's link opened again on another device waits for the chair.
    const second = await (await device(PHONE)).newPage();
    await second.goto(link('Kerys Brightwater'));
    await check(second, 'lobby-waiting');
    await check(chair, 'chair-lobby');

    // The closed session: the family's phones wait; the chair's room says so.
    await room((d) => void setClosedSession(d, true));
    await check(participants[0]!, 'participant-parent-closed-session');
    await check(chair, 'chair-closed-session');
    await room((d) => void setClosedSession(d, false));

    // The administrator.
    const admin = await (await device()).newPage();
    await signIn(admin, adminCreds);
    await admin.goto(`${server.url}/admin`);
    await check(admin, 'admin');

    // The record: closed, previewed, finalised and issued; a parent opens their link.
    expect((await chairApi.post(`/api/conferences/${conf.id}/close`)).status).toBe(200);
    await note.goto(`${server.url}/conferences/${conf.id}/record`);
    await check(note, 'record-preview', note.getByRole('article').first());
    expect((await noteApi.post(`/api/conferences/${conf.id}/record/finalise`)).status).toBe(200);
    const issued = await noteApi.post(`/api/conferences/${conf.id}/record/issue`);
    const kerys = (issued.body.links as { name: string; url: string }[]).find((l) => l.name === 'Kerys Brightwater');
    await note.reload();
    await check(note, 'record-issued', note.getByRole('article').first());
    const parent = await (await device(PHONE)).newPage();
    await parent.goto(kerys!.url.startsWith('http') ? kerys!.url : server.url + kerys!.url);
    await check(parent, 'record-link');

    expect(found, 'serious or critical axe violations').toEqual([]);
  }, 600_000);
}
