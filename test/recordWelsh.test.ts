import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, assignStaff } from './support/api.ts';
import { FIXTURE, FIXTURE_PEOPLE } from './support/fixture.ts';
import { docxParts, documentText, download, pdfTexts, seedConference, squash, type SeededConference } from './support/record.ts';
import { catalogue, type MessageId } from '../shared/i18n/messages.ts';

/**
 * EX6 — The record in Welsh, English or both, against the real server: the Welsh documents open in
 * LibreOffice with Welsh headings, dates and marking and none of the documents' English words; the
 * bilingual one holds both, Welsh first; one version reads in each language; the language each
 * person needs, with their interpreter, is in the attendance table; a parent's record link gives
 * their copy in the language they choose.
 */
let server: TestServer;
let chair: ApiClient;
let notetaker: ApiClient;
let conf: SeededConference;

beforeAll(async () => {
  server = await startTestServer();
  const a = await server.addStaff('chair', 'Gwen Ashcombe');
  const b = await server.addStaff('notetaker', 'Tomos Bryn');
  chair = await new ApiClient(server.url).login(a.email, a.password);
  notetaker = await new ApiClient(server.url).login(b.email, b.password);
  conf = await seedConference(server, chair);
  await assignStaff(chair, conf.id, notetaker);
  // Kerys follows the meeting in Welsh, with an interpreter booked; Dean needs Polish and none is booked.
  const patch = (name: string, body: unknown) => chair.patch(`/api/conferences/${conf.id}/attendees/${conf.attendeeIds.get(name)}`, body);
  expect((await patch('Kerys Brightwater', { languageNeeded: 'Cymraeg', interpreterBooked: true })).status).toBe(200);
  expect((await patch('Dean Holloway', { languageNeeded: 'Polish', interpreterBooked: false })).status).toBe(200);
  expect((await chair.post(`/api/conferences/${conf.id}/close`)).status).toBe(200);
  expect((await notetaker.post(`/api/conferences/${conf.id}/record/finalise`)).status).toBe(200);
}, 60_000);
afterAll(() => server.stop());

const path = (q: string) => `/api/conferences/${conf.id}${q}`;

/**
 * The documents' own English: every English catalogue phrase the record prints (several words, no
 * placeholders) that Welsh words differently. None may be left in a Welsh document.
 */
const ENGLISH_PHRASES = Object.entries(catalogue('en'))
  .filter(([id, text]) => /^(export|agenda\.(step|section)\.\w+\.title|decision\.(outcome|category|view)|role|attendance)\b/.test(id)
    && !/[{<]/.test(text) && text.includes(' ') && text !== catalogue('cy')[id as MessageId])
  .map(([, text]) => text)
  // What people said is theirs, in their words (the sample's contingency plan says "Core group escalates").
  .filter((text) => !JSON.stringify(FIXTURE).includes(text));

describe('the record in Welsh, English or both (EX6)', () => {
  it('the Welsh documents open in LibreOffice, in Welsh: headings, dates, marking and page numbers, and no English of their own', async () => {
    const files: Record<string, Buffer> = {};
    for (const edition of ['full', 'family', 'letter']) {
      const r = await download(notetaker, path(`/export?edition=${edition}&version=1&language=cy`));
      expect(r.status).toBe(200);
      files[edition] = r.bytes;
    }
    // A picture's title, which Word and screen readers give with its description, is Welsh too.
    const parts = await docxParts(files.full!);
    const titles = [...parts.get('word/document.xml')!.matchAll(/<wp:docPr [^>]*title="([^"]*)"/g)].map((m) => m[1]);
    // Word's author line (the document's properties) names the product in Welsh.
    expect(parts.get('docProps/core.xml')).toContain('<dc:creator>Ystafell Gynadledda</dc:creator>');
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(['Plot dotiau', 'Genogram', 'Graddio dros amser']).toContain(title);
    const pdf = await pdfTexts(files);
    const furniture = / ?SWYDDOGOL-SENSITIF Tudalen \d+ o \d+ SWYDDOGOL-SENSITIF Poppy Brightwater, Ellis Holloway-Brightwater/g;
    const full = pdf.full!.text.replace(furniture, '');
    const family = pdf.family!.text.replace(furniture, '');
    for (let n = 1; n <= pdf.full!.pages; n++) expect(pdf.full!.text).toContain(`SWYDDOGOL-SENSITIF Tudalen ${n} o ${pdf.full!.pages}`);
    expect(full).toContain('Crynodeb y gynhadledd a\'r cynllun amlinellol');
    expect(family).toContain('Eich copi chi o grynodeb y gynhadledd a\'r cynllun amlinellol');
    const headings = ['Am y gynhadledd', 'Pwy gymerodd ran', 'Adroddiadau', 'Beth sy\'n ein poeni ni',
      'Beth sy\'n gweithio\'n dda', 'Datganiadau perygl a nodau diogelwch', 'Graddio', 'Barn ar y cynllun', 'Penderfyniad',
      'Cynllun amlinellol: beth sydd angen digwydd', 'Cynllun wrth gefn', 'Dyddiadau pwysig'];
    const values = ['Dydd Llun 16 Rhagfyr 2024 am 10:00yb', 'Cymru', 'Cynhadledd amddiffyn plant gychwynnol', '3 Mai 2016',
      "Rhoi enw'r plentyn ar y gofrestr amddiffyn plant, gyda chynllun amddiffyn gofal a chymorth", 'Cam-drin emosiynol neu seicolegol',
      'Dydd Mawrth 17 Rhagfyr 2024, erbyn 5:00yp', 'Cyfarfod cyntaf y grŵp craidd', 'Dydd Iau 2 Ionawr 2025',
      'Cymraeg; cyfieithydd wedi\'i drefnu', 'Polish; dim cyfieithydd wedi\'i drefnu', 'Rhiant neu ofalwr', 'Yn bresennol'];
    for (const v of [...headings, ...values]) {
      expect(full, `the Welsh full record holds "${v}"`).toContain(squash(v));
      expect(family, `the Welsh family copy holds "${v}"`).toContain(squash(v));
    }
    expect(family).toContain('Am y ddogfen hon');
    expect(family).toContain(squash('Dyma eich copi chi o\'r hyn a gafodd ei ddweud a\'i benderfynu yn y gynhadledd amddiffyn plant gychwynnol ar 16 Rhagfyr 2024.'));
    expect(family).toContain('Gofynnwch erbyn Dydd Mawrth 24 Rhagfyr 2024');
    expect(family).toContain('Gwnewch hyn erbyn Dydd Iau 2 Ionawr 2025');
    const letter = pdf.letter!.text;
    for (const v of ['Llythyr am benderfyniad y gynhadledd', 'Annwyl Dean Holloway a Kerys Brightwater,', 'Eich gweithiwr allweddol yw Sam Pryce.',
      'Bydd y gynhadledd adolygu yn cael ei chynnal erbyn Dydd Gwener 14 Mawrth 2025.', 'Yn gywir,', 'Cadeirydd annibynnol', 'SWYDDOGOL-SENSITIF Tudalen 1 o']) {
      expect(letter, `the Welsh letter holds "${v}"`).toContain(squash(v));
    }
    for (const [edition, { text }] of Object.entries(pdf)) {
      for (const phrase of ENGLISH_PHRASES) expect(text, `the Welsh ${edition} has no "${phrase}"`).not.toContain(squash(phrase));
      for (const word of ['OFFICIAL-SENSITIVE', 'Page 1 of', 'December', 'Monday 16', ' at 10:00am']) expect(text, `the Welsh ${edition}`).not.toContain(word);
    }
  }, 180_000);

  it('the bilingual document holds the Welsh document, then the English one, under one bilingual marking and page number', async () => {
    const r = await download(notetaker, path('/export?edition=family&version=1&language=cy-en'));
    const pdf = (await pdfTexts({ both: r.bytes })).both!;
    expect(pdf.text).toContain(`SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE Tudalen 1 o ${pdf.pages} / Page 1 of ${pdf.pages}`);
    const cy = pdf.text.indexOf('Am y ddogfen hon');
    const en = pdf.text.indexOf('About this document');
    expect(cy).toBeGreaterThan(-1);
    expect(en).toBeGreaterThan(cy);
    for (const v of ['Pwy gymerodd ran', 'Who took part', 'Dyddiadau pwysig', 'Important dates', 'Cymraeg; interpreter booked', 'Cymraeg; cyfieithydd wedi\'i drefnu']) {
      expect(pdf.text, v).toContain(squash(v));
    }
    // Word and screen readers are told which half is Welsh and which English.
    const xml = (await docxParts(r.bytes)).get('word/document.xml')!;
    expect(xml).toContain('w:lang w:val="cy"');
    expect(xml).toContain('w:lang w:val="en-GB"');
  }, 120_000);

  it('one version reads in each language: its fingerprint is the same, whatever the language', async () => {
    const hash = (await notetaker.get(path('/record'))).body.versions[0].hash as string;
    for (const language of ['en', 'cy', 'cy-en']) {
      const outline = (await notetaker.get(path(`/record/outline?edition=full&version=1&language=${language}`))).body.outline;
      expect(outline.language).toBe(language);
      expect(JSON.stringify(outline.blocks)).toContain(hash);
    }
    expect((await notetaker.get(path('/record'))).body.versions[0].verified).toBe(true);
  });

  it('the chair sets the record language for the conference; downloads and the preview follow it', async () => {
    expect((await notetaker.get(path('/record'))).body.language).toBe('en');
    expect((await notetaker.put(path('/record/language'), { language: 'cy' })).status).toBe(200);
    expect((await notetaker.get(path('/record'))).body.language).toBe('cy');
    const text = documentText((await docxParts((await download(notetaker, path('/export?edition=letter&version=1'))).bytes)).get('word/document.xml')!);
    expect(text).toContain('Llythyr am benderfyniad y gynhadledd');
    expect((await notetaker.put(path('/record/language'), { language: 'fr' })).status).toBe(400);
    expect((await notetaker.put(path('/record/language'), { language: null })).status).toBe(200);
  });

  it('a parent chooses Welsh on their record link, and downloads their copy in Welsh; the chair can set a person\'s language too', async () => {
    const issued = (await notetaker.post(path('/record/issue'))).body.links as { id: string; name: string; url: string; language: string | null }[];
    expect(issued.map((l) => l.name).sort()).toEqual(FIXTURE_PEOPLE.map((p) => p.name).sort());
    const kerys = issued.find((l) => l.name === 'Kerys Brightwater')!;
    const token = kerys.url.split('#')[1]!;
    const anyone = () => new ApiClient(server.url);
    expect((await anyone().post('/api/record-link', { token })).body.language).toBe('en');
    expect((await anyone().post('/api/record-link/language', { token, language: 'cy' })).status).toBe(200);
    expect((await anyone().post('/api/record-link/language', { token: 'A'.repeat(43), language: 'cy' })).status).toBe(401);
    expect((await anyone().post('/api/record-link', { token })).body.language).toBe('cy');
    const doc = await download(anyone(), '/api/record-link/export', { token, edition: 'family' });
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-disposition')).toMatch(/filename="copi-teulu-2024-12-16-v1\.docx"/);
    const pdf = (await pdfTexts({ parent: doc.bytes })).parent!;
    expect(pdf.text).toContain('Eich copi chi o grynodeb y gynhadledd a\'r cynllun amlinellol');
    expect(pdf.text).toContain('Am y ddogfen hon');
    expect(pdf.text).not.toContain('About this document');
    expect((await notetaker.get(path('/record'))).body.links.find((l: { id: string }) => l.id === kerys.id).language).toBe('cy');
    // The chair sets Dean's copy to both languages.
    const dean = issued.find((l) => l.name === 'Dean Holloway')!;
    expect((await notetaker.put(path(`/record/links/${dean.id}/language`), { language: 'cy-en' })).status).toBe(200);
    expect((await anyone().post('/api/record-link', { token: dean.url.split('#')[1] })).body.language).toBe('cy-en');
  }, 120_000);
});
