import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ApiClient, SAMPLE_CONFERENCE, assignStaff } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite } from '../support/browserSuite.ts';
import { SHOTS } from '../support/shots.ts';
import { seedConference } from '../support/record.ts';
import { FIXTURE, FIXTURE_PEOPLE } from '../support/fixture.ts';
import { roomNames } from '../../shared/schema/docLayout.ts';
import { setClosedSession, setPresenting, setStep } from '../../shared/commands/meeting.ts';
import { openRound } from '../../shared/commands/scaling.ts';
import { addContingency } from '../../shared/commands/contingency.ts';
import { standardScale } from '../../shared/rules/scaleWords.ts';
import { STEP_IDS, stepTitleId, type StepId } from '../../shared/rules/agenda.ts';
import { catalogue } from '../../shared/i18n/messages.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { MessageId } from '../../shared/i18n/messages.ts';

/**
 * Issue 13: a Welsh conference walked on every screen a Welsh-speaking family (and the chair in Welsh)
 * sees, failing on any English interface text: a parent's phone through every step, the projector,
 * the chair's room, the lobby, the closed session, the record's preview of each document and the
 * parent's record link. An English professional's laptop in the same conference shows no Welsh.
 *
 * What counts as a leak: a text node, aria-label, alt, title or placeholder that is exactly a
 * catalogue message of the other language (messages with no placeholders, different in the two
 * languages), or that holds a word only the other language uses. Filling placeholders back in is
 * not attempted: the word lists catch most sentences built around a value.
 */
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

const EN = catalogue('en');
const CY = catalogue('cy');
const plain = (s: string) => !/[{<]/.test(s);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Messages only one language has, by their text. */
function onlyIn(locale: Locale): Set<string> {
  const [mine, theirs] = locale === 'en' ? [EN, CY] : [CY, EN];
  const theirTexts = new Set(Object.values(theirs).map(norm));
  return new Set(Object.values(mine).filter(plain).map(norm).filter((m) => m.length > 1 && !theirTexts.has(m)));
}
const ENGLISH_ONLY = onlyIn('en');
const WELSH_ONLY = onlyIn('cy');

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAYS_EN = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Words no Welsh interface text holds (the connection and save tags, the step counter, dates, common English words). */
const ENGLISH_WORDS = new RegExp(`\\b(Connected|Connecting|Reconnecting|Offline|Saved|Saving|Sending|Sent|Loading|Step|of|the|and|you|your|with|for|this|that|are|has|have|will|from|not|yet|${MONTHS_EN}|${DAYS_EN})\\b`);
/** Words no English interface text holds. */
const WELSH_WORDS = /\b(Cam|yn|yr|gyda|wedi|Mae|ddim|eich|chi|Rhagfyr|Ionawr|Cysylltwyd|Cadwyd|Ar-lein|cynhadledd|plentyn)\b/;

/**
 * What people typed is not interface text: the sample conference's content is English (its items,
 * danger statements, plan, reasons), and names, agencies and the venue are the same in both languages.
 * These strings (and the lines the seed builds from them) are taken out of a piece of text before it
 * is checked, and a piece that is part of one of them is skipped.
 */
function fixtureStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) fixtureStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) fixtureStrings(x, out);
  return out;
}
const CONTENT = [
  ...fixtureStrings(FIXTURE),
  ...FIXTURE_PEOPLE.flatMap((p) => [p.name, p.agency]),
  ...SAMPLE_CONFERENCE.children.map((c) => c.name),
  SAMPLE_CONFERENCE.venue,
  'Gwen Ashcombe', 'Tomos Bryn', 'Room projector', 'Poppy Brightwater',
  'GP report on Poppy and Ellis', 'Social work report for the initial conference',
  // seedFixture's scale question, typed by the chair in English (the open round below is Welsh).
  'How safe are Poppy and Ellis now?',
  // seedFixture writes the fixture's "ongoing_until_review" as typed text.
  'ongoing until review',
  // The genogram the seed draws (test/support/genogramFixture.ts): its notes, relationships' dates
  // and network members' words are typed, in English; every quoted string in that file.
  ...[...readFileSync(new URL('../support/genogramFixture.ts', import.meta.url), 'utf8').matchAll(/'([^'\\\n]{2,})'/g)].map((m) => m[1]!),
  // What the family and staff type in Welsh below (a proposal, a score's reason, a request to change the record).
  'Mae Dean wedi bod i bob sesiwn hyd yma.', 'Mae pethau’n well ers yr haf.', 'Cynllun wrth gefn', 'Dylid ffonio Glenys cyn yr heddlu.',
  'Unrhyw beth yn y nos', 'ffonio Glenys yn gyntaf', 'Glenys yn cael ei ffonio gyntaf',
  // The scaling question the chair opens in Welsh below is typed too.
  ...((s) => [s.question, s.anchor0, s.anchor10])(standardScale('higher_is_safer', 'cy')),
  ...(FIXTURE.genogram.households as { id: string; note?: string; members: string[] }[]).map((h) => `Household ${h.id}: ${h.note ?? h.members.join(', ')}`),
].map(norm).filter((s) => s.length > 1).sort((a, b) => b.length - a.length);

function withoutContent(text: string): string {
  let t = text;
  // A long item cut short on a small screen ("Worry 1: Sam Pryce (social worker), PC Owain…"): its start.
  if (t.endsWith('…')) {
    const cut = t.slice(0, -1);
    for (let i = 0; i < cut.length - 12; i++) {
      if (CONTENT.some((c) => c.startsWith(cut.slice(i)))) {
        t = cut.slice(0, i);
        break;
      }
    }
  }
  for (const c of CONTENT) if (t.includes(c)) t = t.split(c).join(' ');
  return norm(t);
}
const partOfContent = (text: string) => {
  const t = text.replace(/[…:.,]+$/, '').trim();
  return t.length >= 12 && CONTENT.some((c) => c.includes(t));
};

interface Piece { text: string; where: string }

/** Every piece of text a person sees or hears on the page: text nodes, and the attributes a screen reader reads. */
async function collect(page: Page): Promise<Piece[]> {
  return page.evaluate(() => {
    const where = (el: Element) => {
      const tag = el.tagName.toLowerCase();
      const withId = el.closest('[id]');
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      return `${tag}${cls}${withId ? ` in #${withId.id}` : ''}`;
    };
    const out: { text: string; where: string }[] = [{ text: document.title, where: 'title' }];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, noscript, template')) continue;
      // Visually hidden text is read aloud, so it counts; display:none does not (an <option> in a closed list does).
      if (el.tagName !== 'OPTION' && !el.checkVisibility()) continue;
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, where: where(el) });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder], [aria-roledescription], [aria-valuetext]')) {
      for (const a of ['aria-label', 'alt', 'title', 'placeholder', 'aria-roledescription', 'aria-valuetext']) {
        const v = el.getAttribute(a)?.replace(/\s+/g, ' ').trim();
        if (v) out.push({ text: v, where: `${where(el)}[${a}]` });
      }
    }
    return out;
  });
}

/** Leaks of `other`'s interface text on a page meant to be in one language. */
function leaks(pieces: Piece[], other: 'en' | 'cy'): string[] {
  const messages = other === 'en' ? ENGLISH_ONLY : WELSH_ONLY;
  const words = other === 'en' ? ENGLISH_WORDS : WELSH_WORDS;
  const found: string[] = [];
  for (const { text, where } of pieces) {
    if (partOfContent(text)) continue;
    // The plain-words checker suggests simpler words in the language the text was typed in (the
    // sample's text is English): the quoted word and its suggestion are about the content.
    const rest = withoutContent(where.includes('-jargon') ? text.replace(/“[^”]*”/g, ' ') : text).replace(/^[\s,.;:·–—()/]+|[\s,.;:·–—()/]+$/g, '');
    if (!rest) continue;
    const word = words.exec(rest);
    if (messages.has(rest)) found.push(`"${text}" (${where}): a message`);
    else if (word) found.push(`"${text}" (${where}): "${word[1]}"`);
  }
  return found;
}

const suite = browserSuite();

describe('what counts as a leak', () => {
  it('English interface text is found on a Welsh screen, what people typed and the Welsh interface are not', () => {
    const at = (...texts: string[]) => texts.map((text) => ({ text, where: 'p' }));
    expect(leaks(at('Connected', 'Saved', 'Cam 3 o 13', 'Step 3 of 13', translate('en', { id: 'participant.propose.submit' }), '16 December 2030'), 'en').map((l) => l.split(' (')[0])).toEqual(['"Connected"', '"Saved"', '"Step 3 of 13"', `"${translate('en', { id: 'participant.propose.submit' })}"`, '"16 December 2030"']);
    expect(leaks(at(translate('cy', { id: 'participant.propose.submit' }), FIXTURE.danger_statements[0].text, 'Sam Pryce (Afonwen Police (fictional))', 'English'), 'en')).toEqual([]);
    expect(leaks(at(translate('cy', { id: 'participant.propose.submit' }), 'Cam 3 o 13'), 'cy')).toHaveLength(2);
  });
});

describe('a Welsh conference shows no English, and an English laptop in it no Welsh', () => {
  it('a parent’s phone through every step, the projector, the chair, the lobby, the closed session and the record', async () => {
    const { server } = suite;
    const chairCreds = await server.addStaff('chair', 'Gwen Ashcombe');
    const noteCreds = await server.addStaff('notetaker', 'Tomos Bryn');
    const chairApi = await new ApiClient(server.url).login(chairCreds.email, chairCreds.password);
    const noteApi = await new ApiClient(server.url).login(noteCreds.email, noteCreds.password);
    const conf = await seedConference(server, chairApi, '2030-12-16T10:00');
    await assignStaff(chairApi, conf.id, noteApi);
    // The conference's language, as the setup page sets it.
    expect((await chairApi.put(`/api/conferences/${conf.id}/language`, { language: 'cy' })).status).toBe(200);
    const caseId: string = (await chairApi.get(`/api/conferences/${conf.id}`)).body.conference.caseId;
    const link = (name: string) => `${server.url}/join#${conf.invites.get(name)}`;
    const names = roomNames(conf.id);
    const room = (fn: (d: { shared: import('yjs').Doc; professional: import('yjs').Doc }) => void) =>
      server.registry.withRoom(names.shared, (shared) => server.registry.withRoom(names.professional, (professional) => fn({ shared: shared.doc, professional: professional.doc })));
    const moveTo = (step: StepId) => room((d) => void setStep(d, step));

    const welshLeaks = new Map<string, string[]>();
    const welshWords = new Map<string, string[]>();
    async function device(locale: Locale, size: { width: number; height: number }): Promise<BrowserContext> {
      const context = await newDevice(suite.browser, size, locale === 'cy' ? 'cy-GB' : 'en-GB');
      context.setDefaultTimeout(30_000);
      await context.addInitScript((l) => localStorage.setItem('cr:language', l), locale);
      return context;
    }
    /** Look at a screen meant to be in `locale` and keep what leaks from the other language. */
    async function check(page: Page, screen: string, locale: Locale, shot = false): Promise<void> {
      await page.waitForTimeout(250);
      const found = leaks(await collect(page), locale === 'cy' ? 'en' : 'cy');
      for (const f of found) {
        const into = locale === 'cy' ? welshLeaks : welshWords;
        into.set(f, [...(into.get(f) ?? []), screen]);
      }
      if (shot) await page.screenshot({ path: `${SHOTS}/welsh-${screen}.png` });
    }
    const signIn = async (page: Page, creds: { email: string; password: string }, locale: Locale) => {
      const t = (id: 'login.email' | 'login.password' | 'login.submit') => translate(locale, { id });
      await page.goto(`${server.url}/login`);
      await page.getByLabel(t('login.email')).fill(creds.email);
      await page.getByLabel(t('login.password')).fill(creds.password);
      await page.getByRole('button', { name: t('login.submit') }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    };
    /** The step's title in either language in the page's first heading (a leak is reported, not waited on). */
    const cy = (id: MessageId) => translate('cy', { id });
    const atStep = (page: Page, step: StepId) =>
      expect.poll(async () => {
        const h = await page.locator('h1, h2').first().innerText().catch(() => '');
        return h.includes(translate('cy', { id: stepTitleId(step), values: { children: 2 } })) || h.includes(translate('en', { id: stepTitleId(step), values: { children: 2 } }));
      }, { timeout: 20_000 }).toBe(true);

    // The chair in Welsh on a laptop, the projector (a 1920×1080 screen signed in as the chair, with
    // no language chosen: it follows the conference), the parent's phone, and the English social worker.
    const chair = await (await device('cy', LAPTOP)).newPage();
    await signIn(chair, chairCreds, 'cy');
    await check(chair, 'conference-list', 'cy');
    await chair.goto(`${server.url}/cases/${caseId}`);
    await chair.locator('h1').first().waitFor();
    await check(chair, 'case', 'cy');
    await chair.goto(`${server.url}/deadlines`);
    await chair.locator('h1').first().waitFor();
    await check(chair, 'deadlines', 'cy');
    for (const [screen, address] of [['setup', `/conferences/${conf.id}/setup`], ['create-conference', '/conferences/new']]) {
      await chair.goto(`${server.url}${address}`);
      await chair.locator('h1').first().waitFor();
      await check(chair, screen!, 'cy', true);
    }
    await room((d) => void setPresenting(d, true));
    await chair.goto(`${server.url}/conferences/${conf.id}`);
    const projectorContext = await newDevice(suite.browser, PROJECTOR, 'en-GB');
    projectorContext.setDefaultTimeout(30_000);
    const projector = await projectorContext.newPage();
    await signIn(projector, chairCreds, 'en');
    await projector.goto(`${server.url}/conferences/${conf.id}/projector`);
    const phone = await (await device('cy', PHONE)).newPage();
    await phone.goto(link('Kerys Brightwater'));
    const english = await (await device('en', LAPTOP)).newPage();
    await english.goto(link('Sam Pryce'));
    // The note taker has chosen English on their laptop: the room in English, whatever the conference's language.
    const englishNote = await (await device('en', LAPTOP)).newPage();
    await signIn(englishNote, noteCreds, 'en');
    await englishNote.goto(`${server.url}/conferences/${conf.id}`);
    // The child's own phone, in Welsh too.
    const childInvite = await chairApi.post(`/api/conferences/${conf.id}/invites`, { name: 'Poppy Brightwater', role: 'child', agency: '', attendance: 'present' });
    const childPhone = await (await device('cy', PHONE)).newPage();
    await childPhone.goto(`${server.url}${childInvite.body.url}`);

    for (const step of STEP_IDS) {
      await moveTo(step);
      await atStep(phone, step);
      await check(phone, `phone-${step}`, 'cy', true);
      await check(chair, `chair-${step}`, 'cy', step === 'welcome' || step === 'decision');
      await projector.locator('.cr-projector h1, .cr-projector h2').first().waitFor();
      await check(projector, `projector-${step}`, 'cy', true);
      await check(english, `english-${step}`, 'en');
      await check(englishNote, `english-notetaker-${step}`, 'en', step === 'plan');
      await atStep(childPhone, step);
      await check(childPhone, `child-${step}`, 'cy', step === 'child_views');
      if (step === 'worries') {
        // The parent proposes an item (in Welsh): the phone's "sent" note, the chair's proposal card.
        await phone.locator('#propose-section').selectOption('past_harm');
        await phone.getByLabel(cy('participant.propose.what')).fill('Mae Dean wedi bod i bob sesiwn hyd yma.');
        await phone.getByRole('button', { name: cy('participant.propose.submit') }).click();
        await phone.getByText(cy('participant.propose.sent')).waitFor();
        await check(phone, 'phone-proposal-sent', 'cy', true);
        await chair.getByText('Mae Dean wedi bod i bob sesiwn hyd yma.').first().waitFor();
        await check(chair, 'chair-proposal', 'cy', true);
        // The Welsh chair adds it to the board: the parent has no agency, so the item says she is a
        // parent, in each reader's language (the English laptop too).
        await chair.getByRole('button', { name: cy('room.proposal.addToBoard') }).first().click();
        await english.getByText('Mae Dean wedi bod i bob sesiwn hyd yma.').first().waitFor();
        await check(english, 'english-accepted-proposal', 'en');
        await check(phone, 'phone-accepted-proposal', 'cy');
        // The phone loses its connection: the tag says so, in Welsh.
        await phone.context().setOffline(true);
        await phone.waitForTimeout(1500);
        await check(phone, 'phone-offline', 'cy', true);
        await phone.context().setOffline(false);
      }
    }

    // The chair's keyboard shortcuts.
    await chair.keyboard.press('?');
    await chair.getByRole('dialog').waitFor();
    await check(chair, 'chair-shortcuts', 'cy');
    await chair.keyboard.press('Escape');

    // A scaling question open, asked in Welsh.
    await room((d) => {
      setStep(d, 'scaling');
      openRound(d.shared, standardScale('higher_is_safer', 'cy'));
    });
    await atStep(phone, 'scaling');
    await phone.locator('input[type=radio], button').first().waitFor();
    await check(phone, 'phone-scaling-open', 'cy', true);
    // The parent gives a score: the phone says it was sent; the chair sees who has scored.
    await phone.getByRole('radio', { name: '6' }).click();
    await phone.getByLabel(cy('scaling.mine.reason')).fill('Mae pethau’n well ers yr haf.');
    await phone.getByRole('button', { name: cy('scaling.mine.send') }).click();
    await phone.waitForTimeout(1000);
    await check(phone, 'phone-score-sent', 'cy', true);
    await check(chair, 'chair-scaling-open', 'cy');
    await check(projector, 'projector-scaling-open', 'cy', true);
    await check(english, 'english-scaling-open', 'en');
    await check(englishNote, 'english-notetaker-scaling-open', 'en', true);

    // The lobby: the parent's link opened again on another phone waits for the chair.
    const second = await (await device('cy', PHONE)).newPage();
    await second.goto(link('Kerys Brightwater'));
    await second.locator('h1').first().waitFor();
    await check(second, 'phone-lobby', 'cy', true);
    await check(chair, 'chair-lobby', 'cy', true);

    // The closed session.
    await room((d) => void setClosedSession(d, true));
    await phone.locator('#calm-title').waitFor();
    await check(phone, 'phone-closed-session', 'cy', true);
    await check(chair, 'chair-closed-session', 'cy');
    await check(projector, 'projector-closed-session', 'cy', true);
    await check(english, 'english-closed-session', 'en');
    await room((d) => void setClosedSession(d, false));

    // The record: closed; each document's preview, draft and final; the parent's link on their phone.
    expect((await chairApi.post(`/api/conferences/${conf.id}/close`)).status).toBe(200);
    await check(phone, 'phone-closed', 'cy', true);
    await chair.reload();
    await chair.locator('h1').first().waitFor();
    await check(chair, 'chair-closed', 'cy', true);
    // A link that does not work, on a Welsh phone: the invitation and the record.
    const stranger = await (await device('cy', PHONE)).newPage();
    await stranger.goto(`${server.url}/join#${'x'.repeat(43)}`);
    await stranger.locator('h1').first().waitFor();
    await check(stranger, 'phone-bad-invite', 'cy', true);
    await stranger.goto(`${server.url}/record#${'x'.repeat(43)}`);
    await stranger.locator('h1').first().waitFor();
    await stranger.waitForTimeout(1000);
    await check(stranger, 'phone-bad-record-link', 'cy', true);
    const note = await (await device('cy', LAPTOP)).newPage();
    await signIn(note, noteCreds, 'cy');
    await note.goto(`${server.url}/conferences/${conf.id}/record`);
    const previews = async (state: string) => {
      const select = note.locator('#record-edition');
      await select.waitFor();
      const editions = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      for (const edition of editions) {
        await select.selectOption(edition);
        await note.getByRole('article').first().locator('h2, h3').first().waitFor();
        await check(note, `record-${state}-${edition}`, 'cy', true);
      }
    };
    await previews('draft');
    expect((await noteApi.post(`/api/conferences/${conf.id}/record/finalise`)).status).toBe(200);
    const issued = await noteApi.post(`/api/conferences/${conf.id}/record/issue`);
    expect(issued.status).toBe(200);
    await note.reload();
    await previews('issued');
    const kerys = (issued.body.links as { name: string; url: string }[]).find((l) => l.name === 'Kerys Brightwater')!;
    const recordPhone = await (await device('cy', PHONE)).newPage();
    await recordPhone.goto(kerys.url.startsWith('http') ? kerys.url : server.url + kerys.url);
    await recordPhone.locator('h1').first().waitFor();
    await check(recordPhone, 'phone-record-link', 'cy', true);
    // The English social worker's own link: the page in English (the record itself is the conference's language).
    const sam = (issued.body.links as { name: string; url: string }[]).find((l) => l.name === 'Sam Pryce')!;
    await english.goto(sam.url.startsWith('http') ? sam.url : server.url + sam.url);
    await english.locator('h1').first().waitFor();
    await english.waitForTimeout(500);
    await check(english, 'english-record-link', 'en');
    await english.screenshot({ path: `${SHOTS}/welsh-english-record-link.png` });
    // The parent asks for a change (in Welsh); the note taker makes it and accepts: the versions
    // table and the parent's page say whose request the new version answers.
    await recordPhone.locator('#amend-part').fill('Cynllun wrth gefn');
    await recordPhone.locator('#amend-wanted').fill('Dylid ffonio Glenys cyn yr heddlu.');
    await recordPhone.getByRole('button', { name: cy('recordLink.amend.submit') }).click();
    await recordPhone.getByText(cy('recordLink.amend.sent')).waitFor();
    await check(recordPhone, 'phone-record-link-request', 'cy', true);
    await note.reload();
    await note.getByText('Dylid ffonio Glenys cyn yr heddlu.').first().waitFor();
    await check(note, 'record-request', 'cy');
    const request = (await noteApi.get(`/api/conferences/${conf.id}/record`)).body.amendments[0].id as string;
    await room((d) => void addContingency(d, { mightHappen: 'Unrhyw beth yn y nos', weWill: 'ffonio Glenys yn gyntaf', restricted: false }));
    expect((await noteApi.post(`/api/conferences/${conf.id}/amendments/${request}/accept`, { what: 'Glenys yn cael ei ffonio gyntaf' })).status).toBe(200);
    await note.reload();
    await note.getByText('Glenys yn cael ei ffonio gyntaf', { exact: false }).first().waitFor();
    await check(note, 'record-amended', 'cy', true);
    await recordPhone.reload();
    await recordPhone.locator('h1').first().waitFor();
    await check(recordPhone, 'phone-record-link-answered', 'cy', true);

    const report = (m: Map<string, string[]>) => [...m].map(([f, screens]) => `${f} on ${screens.length > 3 ? `${screens.slice(0, 3).join(', ')} and ${screens.length - 3} more` : screens.join(', ')}`);
    expect({ english: report(welshLeaks), welsh: report(welshWords) }, 'English on Welsh screens; Welsh on the English laptop').toEqual({ english: [], welsh: [] });
  }, 600_000);
});
