import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';
import { connect, eventually, whenSynced } from './support/sync.ts';
import { setStep } from '../shared/commands/meeting.ts';

let server: TestServer;
let chair: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  const creds = await server.addStaff('chair', 'Gwen Ashcombe');
  chair = await new ApiClient(server.url).login(creds.email, creds.password);
});
afterAll(() => server.stop());

const PAST = { ...SAMPLE_CONFERENCE, startsAt: '2020-03-02T10:00', reference: 'CP-2020-0114' };

describe('SD1 the chair changes the date, time and place until the meeting starts', () => {
  it('keeps the council reference, and a wrongly dated conference gets working links once its date is put right', async () => {
    const conf = (await chair.post('/api/conferences', PAST)).body.conference;
    expect(conf.reference).toBe('CP-2020-0114');
    expect(conf.durationMinutes).toBe(120);
    const invite = (await chair.post(`/api/conferences/${conf.id}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: '', attendance: 'present' })).body;
    const token = invite.url.split('#')[1];
    // Dated in 2020, the link is dead as soon as it is made.
    expect((await new ApiClient(server.url).post('/api/join', { token })).status).toBe(401);
    expect((await chair.get(`/api/conferences/${conf.id}`)).body.scheduleEditable).toBe(true);

    const moved = await chair.patch(`/api/conferences/${conf.id}`, { startsAt: '2031-03-03T13:30', durationMinutes: 90, venue: 'Civic Centre, Room 4', online: true, reference: 'CP-2031-0114' });
    expect(moved.status).toBe(200);
    expect(moved.body.conference).toMatchObject({ startsAt: '2031-03-03T13:30', endsAt: '2031-03-03T15:00', durationMinutes: 90, venue: 'Civic Centre, Room 4', online: true, reference: 'CP-2031-0114' });
    const attendees = (await chair.get(`/api/conferences/${conf.id}`)).body.attendees;
    expect(attendees[0].inviteExpiresAt).toBe('2031-03-04T15:00:00.000Z');
    expect((await new ApiClient(server.url).post('/api/join', { token })).status).toBe(200);
  });

  it('refuses once the room has moved on from the welcome step, and says so', async () => {
    const conf = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference;
    const c = connect(server.url, conf.id, chair.cookie);
    try {
      await whenSynced(c);
      setStep({ shared: c.doc, professional: null }, 'reports');
      await eventually(async () => (await chair.get(`/api/conferences/${conf.id}`)).body.scheduleEditable === false);
      const r = await chair.patch(`/api/conferences/${conf.id}`, { startsAt: '2031-03-03T13:30', durationMinutes: 90, venue: 'Room 4', online: false, reference: '' });
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('meeting_started');
    } finally {
      c.destroy();
    }
  });

  it('checks the new schedule like a new conference', async () => {
    const conf = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference;
    const r = await chair.patch(`/api/conferences/${conf.id}`, { startsAt: '2031-03-03T13:30', durationMinutes: 90, venue: '', online: false, reference: '' });
    expect(r.status).toBe(400);
    expect(r.body.error.fields.venue).toMatch(/venue/);
  });
});

describe("the conference's language", () => {
  it('is English unless the chair says otherwise, and the chair can change it while the conference is open', async () => {
    const conf = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference;
    expect(conf.language).toBe('en');
    const welsh = (await chair.post('/api/conferences', { ...SAMPLE_CONFERENCE, language: 'cy' })).body.conference;
    expect(welsh.language).toBe('cy');

    const r = await chair.put(`/api/conferences/${conf.id}/language`, { language: 'cy-en' });
    expect(r.status).toBe(200);
    expect(r.body.conference.language).toBe('cy-en');
    expect((await chair.get(`/api/conferences/${conf.id}`)).body.conference.language).toBe('cy-en');
    expect((await chair.put(`/api/conferences/${conf.id}/language`, { language: 'fr' })).status).toBe(400);

    // Only the chair sets it.
    const noteTaker = await server.addStaff('notetaker', 'Huw Pritchard');
    const nt = await new ApiClient(server.url).login(noteTaker.email, noteTaker.password);
    expect((await nt.put(`/api/conferences/${conf.id}/language`, { language: 'cy' })).status).toBe(403);
  });
});
