import type { Role } from '../shared/schema/roles.ts';
import type { View } from '../shared/rules/permissions.ts';
import type { Attendee, Conference } from '../shared/schema/conference.ts';
import type { CouncilSettings } from '../shared/schema/settings.ts';
import { msg, type Msg } from '../shared/i18n/messages.ts';

/** An error the server (or the network) reported, in the shape docs/api.md promises. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;
  /** What to show the person, in their language (`t(err.msg)`); `message` is the server's English, for logs. */
  readonly msg: Msg;
  /** Each field's message by id (`t(err.fieldMsgs.venue)`), when the server gave them. */
  readonly fieldMsgs: Readonly<Record<string, Msg>>;
  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}, shown?: Msg, fieldMsgs: Record<string, Msg> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.fieldMsgs = fieldMsgs;
    this.msg = shown ?? msg(status === 0 ? 'errors.network' : status >= 500 ? 'errors.server' : 'errors.generic');
  }
  /** The request never reached the server (offline, connection dropped): worth trying again. */
  get isNetwork(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export const NETWORK_MESSAGE = 'We could not reach the server. Check your connection and try again.';

/** The server's error answer (docs/api.md) as an ApiError, with its words in the person's language. */
export async function readError(status: number, body: unknown): Promise<ApiError> {
  const e = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof e === 'object' && e !== null) {
    // The words of the server's errors come with the first one (offline since the answer came: a general message).
    const { serverMsg } = await import('./serverMessages.ts').catch(() => ({ serverMsg: () => undefined }));
    const { code, message, fields, id, values, fieldMessages } = e as { code?: unknown; message?: unknown; fields?: unknown; id?: unknown; values?: unknown; fieldMessages?: unknown };
    const f: Record<string, string> = {};
    if (typeof fields === 'object' && fields !== null) {
      for (const [k, v] of Object.entries(fields)) if (typeof v === 'string') f[k] = v;
    }
    const fm: Record<string, Msg> = {};
    if (Array.isArray(fieldMessages)) {
      for (const x of fieldMessages as { path?: unknown; id?: unknown; values?: unknown }[]) {
        const m = serverMsg(x?.id, x?.values);
        if (m && typeof x.path === 'string') fm[x.path] = m;
      }
    }
    return new ApiError(status, typeof code === 'string' ? code : 'error', typeof message === 'string' ? message : 'Something went wrong. Try again.', f, serverMsg(id, values), fm);
  }
  if (status >= 500) return new ApiError(status, 'server_error', 'Something went wrong on the server. Try again in a moment.');
  return new ApiError(status, 'error', 'Something went wrong. Try again.');
}

/** JSON request with the session cookie; resolves with the body or rejects with an ApiError. */
export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  if (res.status === 204) return undefined as T;
  let parsed: unknown = null;
  try {
    parsed = await res.json();
  } catch {
    parsed = null;
  }
  if (!res.ok) throw await readError(res.status, parsed);
  return parsed as T;
}

export interface StaffUser { id: string; name: string; email: string; role: Role }
export interface AttendeeIdentity { id: string; name: string; role: Role; agency: string }
export type Session =
  | { kind: 'staff'; user: StaffUser }
  | { kind: 'attendee'; conferenceId: string; attendee: AttendeeIdentity };

export interface Me { role: Role; view: View; canWrite: boolean; attendeeId: string | null }
/** `scheduleEditable` (staff only): the meeting has not started, so the date and place can change (SD1). */
export interface ConferenceDetail { conference: Conference; attendees: Attendee[]; me: Me; scheduleEditable?: boolean }
export interface InviteLink { id: string; token: string; url: string }
/** Joining from a second device waits in the chair's lobby (202) instead of joining at once. */
export type JoinResult = { conferenceId: string; attendee: AttendeeIdentity } | { status: 'waiting'; lobbyId: string };
export type LobbyStatus =
  | { status: 'waiting'; lobbyId: string }
  | { status: 'admitted'; conferenceId: string; attendeeId: string }
  | { status: 'refused' };
export interface LobbyEntry { lobbyId: string; attendeeId: string; name: string; role: Role | null; since: string }

export interface AuditEntry { seq: number; at: string; actor: string; role: string; conferenceId: string | null; action: string; detail: string }
export interface AuditPage { entries: AuditEntry[]; chain: { ok: boolean; entries: number; brokenAt: number | null; head: string | null } }

/**
 * What every device asks the server, a participant's phone included: the session, the settings,
 * the conference, joining and the lobby, intents. The other screens' requests are in
 * screensApi.ts, which comes with those screens.
 */
export const api = {
  getSession: () => request<Session>('GET', '/api/session'),
  getSettings: () => request<{ settings: CouncilSettings }>('GET', '/api/settings'),
  login: (email: string, password: string) => request<Session>('POST', '/api/session', { email, password }),
  logout: () => request<void>('DELETE', '/api/session'),
  getConference: (id: string) => request<ConferenceDetail>('GET', `/api/conferences/${id}`),
  join: (token: string) => request<JoinResult>('POST', '/api/join', { token }),
  lobbyStatus: () => request<LobbyStatus>('GET', '/api/lobby'),
  sendIntent: (id: string, intent: { id: string; type: string } & Record<string, unknown>) =>
    request<{ ok: true; id: string; result?: unknown }>('POST', `/api/conferences/${id}/intents`, intent),
};

/** CS1 — A chair or note taker assigned to a conference. */
export interface StaffMember {
  userId: string;
  name: string;
  role: Role;
}

/** A chair or note taker who could be assigned. */
export interface StaffCandidate {
  id: string;
  name: string;
  role: Role;
}

/** CS2 — A conference as the administrator sees it: no case data, only when, what kind, and who works on it. */
export interface AdminConference {
  id: string;
  type: Conference['type'];
  startsAt: string;
  endsAt: string;
  status: Conference['status'];
  staff: StaffMember[];
}
