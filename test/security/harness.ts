import type { TestServer } from '../support/server.ts';
import { ApiClient, SAMPLE_CONFERENCE, assignStaff } from '../support/api.ts';
import { ATTENDEE_ROLES, type AttendeeRole, type StaffRole } from '../../shared/schema/roles.ts';

/** A test "browser" (see ApiClient); `clone()` is a second device that copied this one's cookies. */
export class Browser extends ApiClient {
  clone(): Browser {
    const b = new Browser(this.baseUrl);
    for (const [k, v] of this.jar) b.jar.set(k, v);
    return b;
  }
}

export interface Participant {
  role: AttendeeRole;
  attendeeId: string;
  token: string;
  browser: Browser;
}

export interface Meeting {
  conferenceId: string;
  chair: Browser;
  notetaker: Browser;
  admin: Browser;
  /** One joined participant per attendee role. */
  people: Map<AttendeeRole, Participant>;
  childIds: string[];
}

export async function staffBrowser(server: TestServer, role: StaffRole, name?: string): Promise<Browser> {
  const creds = await server.addStaff(role, name);
  return new Browser(server.url).login(creds.email, creds.password);
}

/** A conference with the chair, note taker, an administrator and one joined participant per role in `roles`. */
export async function setUpMeeting(server: TestServer, roles: readonly AttendeeRole[] = ATTENDEE_ROLES): Promise<Meeting> {
  const [chair, notetaker, admin] = await Promise.all([
    staffBrowser(server, 'chair', 'Gwen Ashcombe'),
    staffBrowser(server, 'notetaker', 'Tomos Bryn'),
    staffBrowser(server, 'admin', 'Ada Admin'),
  ]);
  const created = await chair.post('/api/conferences', SAMPLE_CONFERENCE);
  if (created.status !== 201) throw new Error(`create failed: ${created.text}`);
  const conferenceId: string = created.body.conference.id;
  await assignStaff(chair, conferenceId, notetaker);
  const people = new Map<AttendeeRole, Participant>();
  for (const role of roles) {
    const inv = await chair.post(`/api/conferences/${conferenceId}/invites`, { name: `Person ${role}`, role, agency: '', attendance: 'present' });
    if (inv.status !== 201) throw new Error(`invite failed: ${inv.text}`);
    const browser = new Browser(server.url);
    const joined = await browser.post('/api/join', { token: inv.body.token });
    if (joined.status !== 200) throw new Error(`join failed: ${joined.text}`);
    people.set(role, { role, attendeeId: inv.body.id, token: inv.body.token, browser });
  }
  const childIds = (created.body.conference.children as { id: string }[]).map((c) => c.id);
  return { conferenceId, chair, notetaker, admin, people, childIds };
}

/** A client-made intent id (16–64 url-safe characters). */
export function intentId(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 14)}`.padEnd(16, 'x');
}
