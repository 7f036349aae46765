import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './support/api.ts';

/**
 * The language someone needs to take part, and whether their interpreter is booked, can be put
 * right on the setup page after the invite is made (the chair learns it later, or books the
 * interpreter later): PATCH /api/conferences/:id/attendees/:attendeeId.
 */
let server: TestServer;
let chair: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  const creds = await server.addStaff('chair', 'Gwen Ashcombe');
  chair = await new ApiClient(server.url).login(creds.email, creds.password);
});
afterAll(() => server.stop());

describe("an attendee's language and interpreter, changed after the invite", () => {
  it('saves the language and the booking, clears them, and refuses a language too long to be one, by field', async () => {
    const conf = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference;
    const invite = (await chair.post(`/api/conferences/${conf.id}/invites`, { name: 'Kerys Brightwater', role: 'parent', agency: 'Mother', attendance: 'present' })).body;
    expect(invite.attendee).toMatchObject({ languageNeeded: '', interpreterBooked: false });
    const patch = (body: unknown) => chair.patch(`/api/conferences/${conf.id}/attendees/${invite.id}`, body);
    const listed = async () => ((await chair.get(`/api/conferences/${conf.id}`)).body.attendees as { id: string }[]).find((a) => a.id === invite.id);

    const r = await patch({ languageNeeded: ' Cymraeg ', interpreterBooked: true });
    expect(r.status).toBe(200);
    expect(r.body.attendee).toMatchObject({ languageNeeded: 'Cymraeg', interpreterBooked: true, name: 'Kerys Brightwater', agency: 'Mother' });
    expect(await listed()).toMatchObject({ languageNeeded: 'Cymraeg', interpreterBooked: true });

    expect((await patch({ languageNeeded: '', interpreterBooked: false })).status).toBe(200);
    expect(await listed()).toMatchObject({ languageNeeded: '', interpreterBooked: false });

    const tooLong = await patch({ languageNeeded: 'x'.repeat(61) });
    expect(tooLong.status).toBe(400);
    expect(Object.keys(tooLong.body.error.fields)).toEqual(['languageNeeded']);
    expect((await patch({ interpreterBooked: 'yes' })).status).toBe(400);
    expect(await listed()).toMatchObject({ languageNeeded: '', interpreterBooked: false });
  });

  it('is refused once the meeting has ended', async () => {
    const conf = (await chair.post('/api/conferences', SAMPLE_CONFERENCE)).body.conference;
    const invite = (await chair.post(`/api/conferences/${conf.id}/invites`, { name: 'Dean Holloway', role: 'parent', agency: 'Father', attendance: 'present' })).body;
    expect((await chair.post(`/api/conferences/${conf.id}/close`)).status).toBe(200);
    const r = await chair.patch(`/api/conferences/${conf.id}/attendees/${invite.id}`, { languageNeeded: 'Polish' });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('conference_closed');
  });
});
