/**
 * A browser tab for tests: keeps every cookie the server sets (session and device) and sends our
 * Origin on writes, as a browser would. `new ApiClient(url)` is a fresh device.
 */
export class ApiClient {
  readonly jar = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  /** The Cookie header value, or null without cookies. */
  get cookie(): string | null {
    return this.jar.size ? [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ') : null;
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
  put(path: string, body: unknown) { return this.request('PUT', path, body); }
  delete(path: string) { return this.request('DELETE', path); }

  async login(email: string, password: string): Promise<this> {
    const r = await this.post('/api/session', { email, password });
    if (r.status !== 200) throw new Error(`login failed: ${r.status} ${r.text}`);
    return this;
  }
}

export const SAMPLE_CONFERENCE = {
  type: 'initial',
  jurisdiction: 'wales',
  startsAt: '2030-12-16T10:00',
  durationMinutes: 120,
  venue: 'Afonwen Family Centre, Room 2 (fictional)',
  online: false,
  children: [
    { name: 'Poppy Brightwater', dateOfBirth: '2016-05-03', gender: 'female' },
    { name: 'Ellis Holloway-Brightwater', dateOfBirth: '2022-02-11', gender: 'male' },
  ],
} as const;

/** CS1 — As the conference's chair, assign another member of staff (signed in on `staff`) to it. */
export async function assignStaff(chair: ApiClient, conferenceId: string, staff: ApiClient): Promise<void> {
  const me = await staff.get('/api/session');
  const r = await chair.post(`/api/conferences/${conferenceId}/staff`, { userId: me.body.user.id });
  if (r.status !== 200) throw new Error(`assign failed: ${r.status} ${r.text}`);
}
