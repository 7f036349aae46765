import type { TestServer } from '../support/server.ts';
import { SAMPLE_CONFERENCE } from '../support/api.ts';
import { ATTENDEE_ROLES, type AttendeeRole, type StaffRole } from '../../shared/schema/roles.ts';

/**
 * A browser tab for tests: keeps every cookie the server sets (session and device), sends our
 * Origin on writes. `new Browser(url)` is a fresh device; `browser.tab()` shares its cookies.
 */
export class Browser {
  readonly jar = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  /** The Cookie header value, or null without cookies. */
  get cookie(): string | null {
    return this.jar.size ? [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ') : null;
  }

  /** Another browser that starts with this one's cookies (a second device that copied them). */
  clone(): Browser {
    const b = new Browser(this.baseUrl);
    for (const [k, v] of this.jar) b.jar.set(k, v);
    return b;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers; text: string }> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { origin: this.origin } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq), pair.slice(eq + 1)];
      if (value === '' || /Max-Age=0/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed, headers: res.headers, text };
  }

  get(path: string) { return this.request('GET', path); }
  post(path: string, body: unknown = {}) { return this.request('POST', path, body); }
  patch(path: string, body: unknown) { return this.request('PATCH', path, body); }
  delete(path: string) { return this.request('DELETE', path); }

  async login(email: string, password: string): Promise<this> {
    const r = await this.post('/api/session', { email, password });
    if (r.status !== 200) throw new Error(`login failed: ${r.status} ${r.text}`);
    return this;
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
