import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiClient, assignStaff } from '../support/api.ts';
import { newDevice } from '../support/browser.ts';
import { browserSuite, signIn } from '../support/browserSuite.ts';
import { SHOTS } from '../support/shots.ts';
import { docxParts, documentText, seedConference } from '../support/record.ts';

const suite = browserSuite();

describe('the record in the browser', () => {
  it('the note taker finalises, previews, downloads and issues the record; a parent opens their link, downloads their copy and asks for a change', async () => {
    const chairCreds = await suite.server.addStaff('chair', 'Gwen Ashcombe');
    const noteCreds = await suite.server.addStaff('notetaker', 'Tomos Bryn');
    const chair = await new ApiClient(suite.server.url).login(chairCreds.email, chairCreds.password);
    const conf = await seedConference(suite.server, chair);
    await assignStaff(chair, conf.id, await new ApiClient(suite.server.url).login(noteCreds.email, noteCreds.password));
    expect((await chair.post(`/api/conferences/${conf.id}/close`)).status).toBe(200);

    const note = await (await newDevice(suite.browser)).newPage();
    await signIn(note, suite.server.url, noteCreds);
    await note.getByRole('heading', { name: 'My conferences' }).waitFor();
    await note.getByRole('link', { name: /^The record/ }).first().click();
    await note.getByRole('heading', { name: 'The record', level: 1 }).waitFor();
    // The preview is the document's outline: its sections, with the family's words as written.
    const preview = note.getByRole('article', { name: /Preview: Conference summary and outline plan/ });
    await preview.getByRole('heading', { name: 'Danger statements and safety goals' }).waitFor();
    await preview.getByText('Draft: this record has not been finalised yet.').waitFor();
    await note.screenshot({ path: `${SHOTS}/record-draft-1366.png`, fullPage: false });

    await note.getByRole('button', { name: 'Finalise the record' }).click();
    await note.getByRole('heading', { name: 'Version 1 is final' }).waitFor();
    await note.getByText('Unchanged since finalised').waitFor();
    await preview.getByText(/Version 1, finalised on .* by Tomos Bryn\./).waitFor();

    await note.getByLabel('Document', { exact: true }).selectOption('family');
    await note.getByRole('article', { name: /Preview: Your copy of the conference summary/ }).getByRole('heading', { name: 'About this document' }).waitFor();
    const [download] = await Promise.all([note.waitForEvent('download'), note.getByRole('button', { name: /Download: Your copy of the conference summary/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^family-copy-2024-12-16-v1\.docx$/);
    const text = documentText((await docxParts(readFileSync((await download.path())!))).get('word/document.xml')!);
    expect(text).toContain('About this document');
    expect(text).toContain('Poppy Brightwater');
    await note.screenshot({ path: `${SHOTS}/record-final-1366.png`, fullPage: false });

    await note.getByRole('button', { name: 'Issue the record to everyone' }).click();
    await note.getByText(/record links made/).waitFor();
    const kerysLine = await note.getByRole('listitem').filter({ hasText: 'Kerys Brightwater' }).innerText();
    const url = /https?:\/\/\S+\/record#\S+/.exec(kerysLine)?.[0];
    expect(url).toBeTruthy();
    await note.getByRole('table', { name: 'Issued to' }).getByText('Kerys Brightwater').waitFor();

    // The parent, on a phone, with no session: the link is the capability.
    const parent = await (await newDevice(suite.browser, { width: 390, height: 844 })).newPage();
    await parent.goto(url!);
    await parent.getByRole('heading', { name: 'Your copy of the record' }).waitFor();
    expect(parent.url()).not.toContain('#');
    const [copy] = await Promise.all([parent.waitForEvent('download'), parent.getByRole('button', { name: /Download: Your copy of the conference summary/ }).click()]);
    expect(copy.suggestedFilename()).toMatch(/^family-copy-.*\.docx$/);
    expect(await parent.getByRole('button', { name: /Download: Conference summary and outline plan/ }).count()).toBe(0);
    await parent.getByLabel('Which part of the record is wrong?').fill('What is working well');
    await parent.getByLabel('What should it say?').fill('Dean has been to every session so far.');
    await parent.getByRole('button', { name: 'Send my request' }).click();
    await parent.getByText('Your request has been sent').waitFor();
    await parent.getByText('We have this request and will answer it.').waitFor();
    await parent.screenshot({ path: `${SHOTS}/record-link-390.png`, fullPage: true });

    await note.reload();
    await note.getByRole('heading', { name: 'Requests to change the record' }).waitFor();
    await note.getByText('Dean has been to every session so far.').waitFor();
    const issued = note.getByRole('table', { name: 'Issued to' }).getByRole('row').filter({ hasText: 'Kerys Brightwater' });
    expect(await issued.innerText()).not.toContain('Not yet');

    await note.getByRole('link', { name: 'Deadlines' }).click();
    await note.getByRole('heading', { name: 'Deadlines', level: 1 }).waitFor();
    await note.getByText('1 waiting').waitFor();
    await note.screenshot({ path: `${SHOTS}/deadlines-1366.png`, fullPage: false });
  }, 120_000);
});
