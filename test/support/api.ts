/** A cookie-keeping HTTP client that behaves like a browser tab on our origin. */
export class ApiClient {
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { origin: this.origin } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const set = res.headers.get('set-cookie');
    if (set) {
      const pair = set.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }

  get(path: string) { return this.request('GET', path); }
  post(path: string, body?: unknown) { return this.request('POST', path, body ?? {}); }
  patch(path: string, body: unknown) { return this.request('PATCH', path, body); }
  delete(path: string) { return this.request('DELETE', path); }

  async login(email: string, password: string): Promise<this> {
    const r = await this.post('/api/session', { email, password });
    if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
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
