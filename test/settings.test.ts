import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { DEFAULT_SETTINGS } from '../shared/schema/settings.ts';
import { DEFAULT_JARGON_CY } from '../shared/rules/jargonCy.ts';
import { DEFAULT_SCALE } from '../shared/rules/scaling.ts';
import { standardScale } from '../shared/rules/scaleWords.ts';

let server: TestServer;
let admin: ApiClient;
let chair: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  const a = await server.addStaff('admin');
  const c = await server.addStaff('chair');
  admin = await new ApiClient(server.url).login(a.email, a.password);
  chair = await new ApiClient(server.url).login(c.email, c.password);
});
afterAll(() => server.stop());

describe('ST1 council settings', () => {
  it('starts from the defaults and lets only an administrator change them', async () => {
    expect((await chair.get('/api/settings')).body.settings).toEqual(DEFAULT_SETTINGS);
    const jargon = { en: [{ term: 'CLA', plain: 'child looked after by the council' }], cy: [{ term: 'plentyn sy’n derbyn gofal', plain: 'plentyn mewn gofal' }] };
    const next = { jargon, reports: { initialWorkingDays: 3, reviewWorkingDays: 5 }, summaryWorkingDays: 5 };
    expect((await chair.request('PUT', '/api/settings', next)).status).toBe(403);
    const put = await admin.request('PUT', '/api/settings', next);
    expect(put.status).toBe(200);
    // Settings saved without a scale, quorum or timescales read with the standard ones (SC5, QU1, TS1).
    expect((await chair.get('/api/settings')).body.settings).toEqual({ ...next, scale: DEFAULT_SCALE, quorumAgencies: 3, timescales: DEFAULT_SETTINGS.timescales });
  });

  it('JG1 keeps a plain-words list per language; a list saved before there were two reads as the English one, with the Welsh defaults', async () => {
    const legacy = { jargon: [{ term: 'SGO', plain: 'special guardianship order' }], reports: { initialWorkingDays: 3, reviewWorkingDays: 5 }, summaryWorkingDays: 1 };
    expect((await admin.request('PUT', '/api/settings', legacy)).status).toBe(200);
    const read = (await chair.get('/api/settings')).body.settings;
    expect(read.jargon).toEqual({ en: legacy.jargon, cy: [...DEFAULT_JARGON_CY] });
    const dup = await admin.request('PUT', '/api/settings', { ...read, jargon: { en: [], cy: [{ term: 'grŵp craidd', plain: 'a' }, { term: 'Grŵp craidd', plain: 'b' }] } });
    expect(dup.status).toBe(400);
    expect(Object.keys(dup.body.error.fields)).toEqual(expect.arrayContaining(['jargon.cy']));
    await admin.request('PUT', '/api/settings', DEFAULT_SETTINGS);
  });

  it('SC5 lets a council set its standard scale, reversed with a band, checked by the server and audited', async () => {
    const current = (await admin.get('/api/settings')).body.settings;
    const scale = { ...standardScale('higher_is_riskier'), escalateAtOrBelow: 2 };
    const bad = await admin.request('PUT', '/api/settings', { ...current, scale: { ...scale, anchor10: '', escalateAtOrBelow: 11 } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(expect.arrayContaining(['scale.anchor10', 'scale.escalateAtOrBelow']));
    expect((await chair.request('PUT', '/api/settings', { ...current, scale })).status).toBe(403);
    expect((await admin.request('PUT', '/api/settings', { ...current, scale })).status).toBe(200);
    expect((await chair.get('/api/settings')).body.settings.scale).toEqual(scale);
    const log = await admin.get('/api/audit');
    expect(JSON.stringify(log.body)).toContain('settings_changed');
  });

  it('TS1 keeps a council’s own timescales: outline plan in 48 hours, appeal counted from receipt', async () => {
    const next = { ...DEFAULT_SETTINGS, timescales: { summaryWithinHours: 48, minutesCalendarDays: 20, amendmentWorkingDays: 5, appealWorkingDays: 15, appealFrom: 'receipt' } };
    expect((await admin.request('PUT', '/api/settings', next)).status).toBe(200);
    expect((await chair.get('/api/settings')).body.settings.timescales).toEqual(next.timescales);
    const bad = await admin.request('PUT', '/api/settings', { ...next, timescales: { ...next.timescales, appealFrom: 'whenever', minutesCalendarDays: 0 } });
    expect(Object.keys(bad.body.error.fields)).toEqual(expect.arrayContaining(['timescales.appealFrom', 'timescales.minutesCalendarDays']));
    await admin.request('PUT', '/api/settings', DEFAULT_SETTINGS);
  });

  it('explains invalid settings field by field', async () => {
    const r = await admin.request('PUT', '/api/settings', { jargon: { en: [{ term: 'core group', plain: 'the people who do the plan' }, { term: 'Core group', plain: 'again' }], cy: [] }, reports: { initialWorkingDays: -1, reviewWorkingDays: 5 }, summaryWorkingDays: 0 });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.error.fields)).toEqual(expect.arrayContaining(['jargon.en', 'reports.initialWorkingDays', 'summaryWorkingDays']));
  });

  it('is readable from a participant’s device, which needs the plain-words list', async () => {
    const id = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference.id;
    const inv = await chair.post(`/api/conferences/${id}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: '', attendance: 'present' });
    const parent = new ApiClient(server.url);
    await parent.post('/api/join', { token: inv.body.token });
    expect((await parent.get('/api/settings')).status).toBe(200);
    expect((await new ApiClient(server.url).get('/api/settings')).status).toBe(401);
  });
});
