import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, assignStaff } from './support/api.ts';
import { FIXTURE, FIXTURE_PEOPLE, RESTRICTED_TEXTS } from './support/fixture.ts';
import { docxParts, documentText, download, pdfTexts, seedConference, squash, type SeededConference } from './support/record.ts';
import { tokenHash } from '../server/auth/secrets.ts';
import { addItem } from '../shared/commands/items.ts';
import { addProposal } from '../shared/commands/intake.ts';
import { addContingency } from '../shared/commands/contingency.ts';
import { roomNames } from '../shared/schema/docLayout.ts';

/**
 * The record after the meeting, against the real server: the three documents of the sample
 * conference open in LibreOffice and hold every section and value; the family copy holds nothing
 * restricted in any part of the file; participant text stays literal; versions are immutable and
 * verifiable; who may download what; issuing by record link and a request to change the record.
 */
let server: TestServer;
let chair: ApiClient;
let notetaker: ApiClient;
let conf: SeededConference;
const CANARY = 'CANARY-PROFESSIONAL-ONLY-9c2e';
// A worry full of characters that break Word files and markup, with Welsh and Polish letters and an emoji.
const HOSTILE = 'Tom & "Jerry" <b>bold</b> \'quoted\' </w:t><w:t>x\nline two {PAGE} =SUM(A1) http://example.org 🙂 ŵ ŷ ł ż';

beforeAll(async () => {
  server = await startTestServer();
  const a = await server.addStaff('chair', 'Gwen Ashcombe');
  const b = await server.addStaff('notetaker', 'Tomos Bryn');
  chair = await new ApiClient(server.url).login(a.email, a.password);
  notetaker = await new ApiClient(server.url).login(b.email, b.password);
  conf = await seedConference(server, chair);
  await assignStaff(chair, conf.id, notetaker);
  const names = roomNames(conf.id);
  await server.registry.withRoom(names.shared, (shared) => server.registry.withRoom(names.professional, (professional) => {
    const d = { shared: shared.doc, professional: professional.doc };
    addItem(d, { section: 'grey_areas', text: HOSTILE, source: { name: 'Lowri Evans', agency: '' }, restricted: false, addedBy: 'test' });
    addItem(d, { section: 'past_harm', text: `${CANARY} restricted worry`, source: { name: CANARY, agency: CANARY }, restricted: true, addedBy: 'test' });
    addProposal(professional.doc, 'proposal00000001', { kind: 'item', section: 'strengths', text: `${CANARY} proposal` }, { attendeeId: 'x', name: CANARY, role: 'police' });
  }));
}, 60_000);
afterAll(() => server.stop());

const path = (q: string) => `/api/conferences/${conf.id}${q}`;

describe('the record after the meeting', () => {
  it('FN1/FZ1: the meeting must end before the record is finalised; ending it leaves the note taker able to write', async () => {
    expect((await notetaker.post(path('/record/finalise'))).status).toBe(409);
    expect((await chair.post(path('/close'))).status).toBe(200);
    expect((await notetaker.get(path(''))).body.me.canWrite).toBe(true);
    const state = await notetaker.get(path('/record'));
    expect(state.body).toMatchObject({ meetingEnded: true, versions: [], draftChanged: true });
  });

  it('FZ1: finalising makes version 1 with a verified content hash, who and when; audited', async () => {
    const r = await notetaker.post(path('/record/finalise'));
    expect(r.status).toBe(200);
    expect(r.body.version).toMatchObject({ version: 1, finalisedBy: 'Tomos Bryn', change: null, verified: true, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await notetaker.post(path('/record/finalise'))).status).toBe(400);
    const audit = await server.store.listAudit({ limit: 10_000 });
    expect(audit.some((e) => e.action === 'record_finalised' && e.conferenceId === conf.id && e.detail === 'v1')).toBe(true);
  });

  it('EX1: the three documents open in LibreOffice and hold every section and value of the sample conference', async () => {
    const files: Record<string, Buffer> = {};
    for (const edition of ['full', 'family', 'letter']) {
      const r = await download(notetaker, path(`/export?edition=${edition}&version=1`));
      expect(r.status).toBe(200);
      expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.docx"$/);
      files[edition] = r.bytes;
    }
    const pdf = await pdfTexts(files);
    // What runs across a page break is read without the footer and header in between.
    const furniture = / ?OFFICIAL-SENSITIVE Page \d+ of \d+ OFFICIAL-SENSITIVE Poppy Brightwater, Ellis Holloway-Brightwater/g;
    const full = pdf.full!.text.replace(furniture, '');
    const family = pdf.family!.text.replace(furniture, '');
    const values: string[] = [
      'OFFICIAL-SENSITIVE', 'Poppy Brightwater', 'Ellis Holloway-Brightwater', '3 May 2016', '11 February 2022', FIXTURE.conference.venue,
      'Monday 16 December 2024 at 10:00am', 'Wales', 'Gwen Ashcombe', 'Tomos Bryn',
      ...FIXTURE_PEOPLE.map((p) => p.name), 'Report only',
      ...['first', 'worst', 'last'].map((k) => FIXTURE.incidents[k].text), '11 March 2023', '14 September 2024', '8 November 2024',
      ...Object.values(FIXTURE.worries).flat().map((w: any) => w.text),
      ...Object.values(FIXTURE.strengths_and_existing_safety).flat().map((w: any) => w.text),
      ...FIXTURE.danger_statements.flatMap((d: any) => [d.text, d.safety_goal]),
      FIXTURE.conference.scale_definition.anchor_0, FIXTURE.conference.scale_definition.anchor_10, 'A score of 2 or below is escalated',
      ...FIXTURE.participants.scorers.map((s: any) => s.reason),
      ...FIXTURE.childs_views.poppy.worries, ...FIXTURE.childs_views.poppy.good_things, ...FIXTURE.childs_views.poppy.dreams, FIXTURE.childs_views.ellis.text,
      FIXTURE.parents_views, 'engagement good; support may suffice',
      'Name placed on the child protection register with a Care and Support Protection Plan', 'Emotional or psychological abuse',
      FIXTURE.decision.rationale, FIXTURE.decision.dissent[0].text, FIXTURE.decision.lead_social_worker, `${FIXTURE.decision.core_group.slice(0, -1).join(', ')} and ${FIXTURE.decision.core_group.at(-1)}`,
      ...FIXTURE.plan_actions.filter((a: any) => !a.visibility).flatMap((a: any) => [a.what, a.who, a.how_we_will_know]),
      '7 March 2025', '17 January 2025', 'ongoing until review',
      ...FIXTURE.contingency_plan.filter((c: any) => !c.visibility).flatMap((c: any) => [c.trigger, c.action]),
      // The fixture's deadlines: summary, first core group, appeal, minutes, review.
      'Tuesday 17 December 2024, by 5:00pm', 'Thursday 2 January 2025', 'Monday 13 January 2025', 'Friday 14 March 2025',
    ];
    const sections = ['About the conference', 'Who took part', 'Reports', 'Family and network', 'What has got us here', 'What are we worried about',
      'Past harm', 'Future danger', 'Complicating factors', 'What is working well', 'Strengths', 'Existing safety', 'What is not clear',
      'Danger statements and safety goals', 'Scaling', "The children's views", "The parents' and family's views", 'Views on the plan', 'Decision',
      'Outline plan: what needs to happen', 'Contingency plan', 'Important dates'];
    for (const v of [...values, ...sections]) {
      expect(full, `full record holds "${v}"`).toContain(squash(v));
      expect(family, `family copy holds "${v}"`).toContain(squash(v));
    }
    expect(pdf.full!.pages).toBeGreaterThan(4);
    // Every page: marking and page X of Y.
    for (let n = 1; n <= pdf.full!.pages; n++) expect(pdf.full!.text).toContain(`OFFICIAL-SENSITIVE Page ${n} of ${pdf.full!.pages}`);
    // The family copy opens with its note and the real dates to ask for changes and to appeal.
    expect(family).toContain('About this document');
    expect(family).toMatch(/Please ask by Tuesday 24 December 2024/);
    expect(family).toMatch(/Please do this by Thursday 2 January 2025/);
    // The letter, in the Welsh procedures' terms.
    const letter = pdf.letter!.text;
    for (const v of ['Dear Dean Holloway and Kerys Brightwater', 'Name placed on the child protection register with a Care and Support Protection Plan',
      'Care and Support Protection Plan sets out', 'Your key worker is Sam Pryce', 'first core group meeting will be held by Thursday 2 January 2025',
      'review conference will be held by Friday 14 March 2025', 'Please ask by Tuesday 24 December 2024', 'Please do this by Thursday 2 January 2025', 'Gwen Ashcombe']) {
      expect(letter, `letter holds "${v}"`).toContain(v);
    }
  }, 180_000);

  it('EX2: the family copy and the letter hold nothing restricted, in any part of the file; the full record does (control)', async () => {
    const full = await docxParts((await download(notetaker, path('/export?edition=full&version=1'))).bytes);
    expect([...full.values()].join('\n')).toContain(CANARY);
    for (const t of RESTRICTED_TEXTS) expect(documentText(full.get('word/document.xml')!)).toContain(t);
    // The genogram's picture: its alt text names the restricted address in the full record only.
    expect(full.get('word/document.xml')).toContain('Ffordd Ffug');
    for (const edition of ['family', 'letter']) {
      const parts = await docxParts((await download(notetaker, path(`/export?edition=${edition}&version=1`))).bytes);
      expect([...parts.keys()]).toEqual(expect.arrayContaining(['word/document.xml', 'word/header1.xml', 'word/footer1.xml', 'docProps/core.xml', 'docProps/app.xml', 'word/comments.xml']));
      for (const [name, xml] of parts) {
        const text = documentText(xml);
        expect(xml, `${edition} ${name}`).not.toContain(CANARY);
        expect(xml, `${edition} ${name}`).not.toContain('Ffordd Ffug');
        for (const t of RESTRICTED_TEXTS) {
          expect(text, `${edition} ${name}`).not.toContain(t);
          expect(text, `${edition} ${name}`).not.toContain(t.slice(0, 40));
        }
      }
    }
  });

  it('EX4: participant text comes out as the same literal text: no markup, field or link, whatever it holds', async () => {
    const parts = await docxParts((await download(notetaker, path('/export?edition=family&version=1'))).bytes);
    const xml = parts.get('word/document.xml')!;
    expect(documentText(xml)).toContain(HOSTILE);
    expect(xml).not.toMatch(/<w:hyperlink|<w:fldSimple|<w:instrText>(?!PAGE|NUMPAGES)|<b>/);
    expect(xml).not.toMatch(/<w:instrText[^>]*>[^<]*SUM/);
    const pdf = await pdfTexts({ hostile: (await download(notetaker, path('/export?edition=full&version=1'))).bytes });
    expect(pdf.hostile!.text).toContain('Tom & "Jerry" <b>bold</b> \'quoted\' </w:t><w:t>x line two {PAGE} =SUM(A1) http://example.org');
    expect(pdf.hostile!.text).toContain('ŵ ŷ ł ż');
  }, 120_000);

  it('FZ2/FZ3: a later change makes version 2 with its change log; version 1 stays as it was and both verify', async () => {
    const before = await notetaker.get(path('/record/outline?edition=full&version=1'));
    await server.registry.withRoom(conf.id, (room) => addContingency({ shared: room.doc, professional: null }, { mightHappen: 'Anything new', weWill: 'call Sam the same day', restricted: false }));
    expect((await notetaker.get(path('/record'))).body.draftChanged).toBe(true);
    const missing = await notetaker.post(path('/record/finalise'), {});
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields)).toEqual(['what', 'why']);
    const v2 = await chair.post(path('/record/finalise'), { what: 'Contingency plan rewritten', why: 'The core group agreed a simpler plan' });
    expect(v2.body.version).toMatchObject({ version: 2, verified: true, change: { what: 'Contingency plan rewritten', why: 'The core group agreed a simpler plan' } });
    expect((await chair.post(path('/record/finalise'), { what: 'x', why: 'y' })).status).toBe(409);
    const after = await notetaker.get(path('/record/outline?edition=full&version=1'));
    expect(after.body).toEqual(before.body);
    const state = await notetaker.get(path('/record'));
    expect(state.body.versions.map((v: any) => [v.version, v.verified])).toEqual([[1, true], [2, true]]);
    const v2text = JSON.stringify((await notetaker.get(path('/record/outline?edition=family&version=2'))).body.outline);
    expect(v2text).toContain('call Sam the same day');
    expect(v2text).toContain('Contingency plan rewritten');
    // Tampering with a stored snapshot is detected.
    expect(() => (server.store as any).db.prepare('UPDATE record_versions SET meta_json = ? WHERE conference_id = ?').run('{}', conf.id)).toThrow();
  });
});

describe('who may download what (RC1)', () => {
  it('family sessions get only the family copy or the letter; the projector and the administrator get nothing', async () => {
    // A meeting still to come, so invites work.
    const s2 = await seedConference(server, chair, '2030-12-16T10:00');
    await assignStaff(chair, s2.id, notetaker);
    const as = async (name: string) => {
      const c = new ApiClient(server.url);
      expect((await c.post('/api/join', { token: s2.invites.get(name) })).status).toBe(200);
      return c;
    };
    const exportOf = (c: ApiClient, edition: string) => c.get(`/api/conferences/${s2.id}/export?edition=${edition}`);
    const parent = await as('Kerys Brightwater');
    const police = await as('PC Owain Rees');
    const projector = await as('Room projector');
    const adminCreds = await server.addStaff('admin');
    const admin = await new ApiClient(server.url).login(adminCreds.email, adminCreds.password);
    expect((await exportOf(parent, 'full')).status).toBe(403);
    // Before finalising there is nothing for anyone but staff.
    expect((await exportOf(parent, 'family')).status).toBe(404);
    expect((await exportOf(police, 'full')).status).toBe(404);
    expect((await exportOf(police, 'family')).status).toBe(403);
    for (const e of ['full', 'family', 'letter']) {
      expect((await exportOf(projector, e)).status).toBe(403);
      // The administrator reaches no case at all (PM3): the conference is not found for them.
      expect((await exportOf(admin, e)).status).toBe(404);
      expect((await notetaker.get(`/api/conferences/${s2.id}/export?edition=${e}`)).status).toBe(200);
    }
    expect((await exportOf(parent, 'everything')).status).toBe(400);
    expect((await parent.get(`/api/conferences/${s2.id}/record`)).status).toBe(403);
    expect((await parent.post(`/api/conferences/${s2.id}/record/finalise`)).status).toBe(403);
    expect((await parent.post(`/api/conferences/${s2.id}/record/issue`)).status).toBe(403);
    const denied = (await server.store.listAudit({ limit: 10_000 })).filter((e) => e.action === 'denied' && e.conferenceId === s2.id);
    expect(denied.length).toBeGreaterThanOrEqual(4);
  });
});

describe('issuing the record and asking for changes (IS1, AM1–AM3)', () => {
  let links: any[];
  const linkOf = (name: string) => links.find((l) => l.name === name);
  const token = (name: string) => linkOf(name).url.split('#')[1] as string;
  const anyone = () => new ApiClient(server.url);

  it('IS1: everyone taking part gets a personal link (apologies and report-only people too, the projector not); family roles the family copy and letter', async () => {
    const r = await notetaker.post(path('/record/issue'));
    expect(r.status).toBe(200);
    links = r.body.links;
    expect(links.map((l) => l.name).sort()).toEqual(FIXTURE_PEOPLE.map((p) => p.name).sort());
    expect(linkOf('Kerys Brightwater').editions).toEqual(['family', 'letter']);
    expect(linkOf('Ffion Dafydd').editions).toEqual(['family', 'letter']);
    expect(linkOf('Dr Huw Madoc')).toMatchObject({ editions: ['full'], attendance: 'report_only' });
    expect(token('Kerys Brightwater')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    expect(JSON.stringify((server.store as any).db.prepare('SELECT * FROM record_links').all())).not.toContain(token('Kerys Brightwater'));
    // Valid at least until the appeal window closes.
    expect(Date.parse(linkOf('Kerys Brightwater').expiresAt)).toBeGreaterThan(Date.parse('2025-01-02T23:59:59Z'));
    expect((await notetaker.post(path('/record/issue'))).body.links).toEqual([]);
  });

  it('IS2: a parent opens the record by link, downloads the family copy (first download recorded), and cannot get the full record', async () => {
    const view = await anyone().post('/api/record-link', { token: token('Kerys Brightwater') });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ attendee: { name: 'Kerys Brightwater' }, editions: ['family', 'letter'], version: 2, appealBy: '2025-01-02' });
    const doc = await download(anyone(), '/api/record-link/export', { token: token('Kerys Brightwater'), edition: 'family' });
    expect(doc.status).toBe(200);
    expect(documentText((await docxParts(doc.bytes)).get('word/document.xml')!)).toContain('call Sam the same day');
    expect((await download(anyone(), '/api/record-link/export', { token: token('Kerys Brightwater'), edition: 'full' })).status).toBe(403);
    const issued = (await notetaker.get(path('/record'))).body.links;
    expect(issued.find((l: any) => l.name === 'Kerys Brightwater').firstDownloadAt).toEqual(expect.any(String));
    expect(issued.find((l: any) => l.name === 'Dean Holloway').firstDownloadAt).toBeNull();
    const bad = await anyone().post('/api/record-link', { token: 'A'.repeat(43) });
    expect(bad.status).toBe(401);
  });

  it('AM1–AM3: a request to change the record is declined with a reason the parent sees, another accepted as version 3', async () => {
    const parent = token('Kerys Brightwater');
    const ask = async (part: string, wanted: string) => (await anyone().post('/api/record-link/amendments', { token: parent, part, wanted })).body.amendment.id as string;
    const first = await ask('What is working well', 'It should say Dean has been to every session, not both sessions.');
    const second = await ask('Contingency plan', 'Glenys should be called before the police.');
    const waiting = (await notetaker.get(path('/record'))).body.amendments;
    expect(waiting.map((a: any) => [a.name, a.status])).toEqual([['Kerys Brightwater', 'waiting'], ['Kerys Brightwater', 'waiting']]);
    // Issued today: within the window.
    expect(waiting[0].late).toBe(false);

    expect((await notetaker.post(path(`/amendments/${first}/decline`), { reason: '' })).status).toBe(400);
    expect((await notetaker.post(path(`/amendments/${first}/decline`), { reason: 'The programme confirmed two sessions so far.' })).status).toBe(200);
    expect((await notetaker.post(path(`/amendments/${second}/accept`), { what: 'Glenys is called first' })).status).toBe(409);
    await server.registry.withRoom(conf.id, (room) => addContingency({ shared: room.doc, professional: null }, { mightHappen: 'Anything at night', weWill: 'call Glenys first, then Sam the same day', restricted: false }));
    const accepted = await notetaker.post(path(`/amendments/${second}/accept`), { what: 'Glenys is called first' });
    expect(accepted.body.version).toMatchObject({ version: 3, change: { what: 'Glenys is called first', why: 'Request to change the record from Kerys Brightwater: Contingency plan', request: { from: 'Kerys Brightwater', part: 'Contingency plan' } } });
    // The change log says whose request it was in the record's language (the request's facts are kept, not an English sentence).
    const welshLog = JSON.stringify((await notetaker.get(path('/record/outline?edition=full&version=3&language=cy'))).body.outline);
    expect(welshLog).toContain('Cais gan Kerys Brightwater i newid y cofnod: Contingency plan');
    expect(welshLog).not.toContain('Request to change the record');
    expect((await notetaker.post(path(`/amendments/${second}/decline`), { reason: 'x' })).status).toBe(409);

    const view = (await anyone().post('/api/record-link', { token: parent })).body;
    expect(view.version).toBe(3);
    expect(view.amendments.map((a: any) => [a.status, a.response, a.version])).toEqual([
      ['declined', 'The programme confirmed two sessions so far.', null],
      ['accepted', 'Glenys is called first', 3],
    ]);
    const doc = await download(anyone(), '/api/record-link/export', { token: parent, edition: 'family' });
    expect(documentText((await docxParts(doc.bytes)).get('word/document.xml')!)).toContain('call Glenys first');
  });

  it('AM2: a request after the window (5 working days from receipt) is still taken, and marked late', async () => {
    const glenys = conf.attendeeIds.get('Glenys Morgan')!;
    await server.store.createRecordLink({
      id: 'lateissue0000001', conferenceId: conf.id, attendeeId: glenys, tokenHash: tokenHash('L'.repeat(43)), editions: ['family', 'letter'],
      issuedAt: '2024-12-17T09:00:00.000Z', issuedBy: 'test', expiresAt: '2099-01-01T00:00:00.000Z', firstDownloadAt: null, revokedAt: null, language: null,
    });
    const r = await anyone().post('/api/record-link/amendments', { token: 'L'.repeat(43), part: 'Network', wanted: 'I live 5 minutes away, not 10.' });
    expect(r.status).toBe(201);
    expect(r.body.amendment).toMatchObject({ late: true, status: 'waiting' });
    expect((await anyone().post('/api/record-link', { token: 'L'.repeat(43) })).body.amendBy).toBe('2024-12-24');
    expect((await notetaker.get(path('/record'))).body.amendments.find((a: any) => a.name === 'Glenys Morgan')).toMatchObject({ late: true });
  });

  it('IS1: a revoked link stops working at once', async () => {
    const id = linkOf('Dean Holloway').id;
    expect((await notetaker.post(path(`/record/links/${id}/revoke`))).status).toBe(204);
    expect((await anyone().post('/api/record-link', { token: token('Dean Holloway') })).status).toBe(401);
  });
});
