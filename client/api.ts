import type { Attendance, Role } from '../shared/schema/roles.ts';
import type { View } from '../shared/rules/permissions.ts';
import type { Attendee, AttendeeInput, Conference, ConferenceInput, ConferenceSchedule } from '../shared/schema/conference.ts';
import type { CouncilSettings } from '../shared/schema/settings.ts';
import type {
  AmendmentRequest, DashboardRow, ExportQuery, FinaliseBody, IssueBody, IssuedLink, OutlineAnswer, RecordLinkView, RecordState, VersionSummary,
} from '../shared/api/record.ts';
import type { Edition } from '../shared/export/types.ts';
import { msg, type Msg } from '../shared/i18n/messages.ts';
import type { ConferenceLanguage } from '../shared/i18n/locale.ts';
import type { CaseView, ReviewCreated } from '../shared/api/cases.ts';
import type { ReviewInput } from '../shared/schema/conference.ts';

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

const NETWORK_MESSAGE = 'We could not reach the server. Check your connection and try again.';

async function readError(status: number, body: unknown): Promise<ApiError> {
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

function exportQueryString(q: ExportQuery): string {
  return new URLSearchParams({ edition: q.edition, ...(q.version ? { version: String(q.version) } : {}), ...(q.language ? { language: q.language } : {}) }).toString();
}

/** POST for a file (the record link's token goes in the body, never the URL) and hand it to the browser as a download. */
async function downloadFile(url: string, body: unknown): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  if (!res.ok) throw await readError(res.status, await res.json().catch(() => null));
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'record.docx';
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export const api = {
  getSession: () => request<Session>('GET', '/api/session'),
  getSettings: () => request<{ settings: CouncilSettings }>('GET', '/api/settings'),
  putSettings: (settings: CouncilSettings) => request<{ settings: CouncilSettings }>('PUT', '/api/settings', settings),
  getLatestAudit: (latest = 200) => request<AuditPage>('GET', `/api/audit?latest=${latest}`),
  login: (email: string, password: string) => request<Session>('POST', '/api/session', { email, password }),
  logout: () => request<void>('DELETE', '/api/session'),
  listConferences: () => request<{ conferences: Conference[] }>('GET', '/api/conferences'),
  caseView: (caseId: string) => request<CaseView>('GET', `/api/cases/${caseId}`),
  createReview: (input: ReviewInput) => request<ReviewCreated>('POST', '/api/conferences', input),
  createConference: (input: ConferenceInput) => request<{ conference: Conference }>('POST', '/api/conferences', input),
  getConference: (id: string) => request<ConferenceDetail>('GET', `/api/conferences/${id}`),
  rescheduleConference: (id: string, s: ConferenceSchedule) => request<{ conference: Conference }>('PATCH', `/api/conferences/${id}`, s),
  setConferenceLanguage: (id: string, language: ConferenceLanguage) => request<{ conference: Conference }>('PUT', `/api/conferences/${id}/language`, { language }),
  closeConference: (id: string) => request<{ conference: Conference }>('POST', `/api/conferences/${id}/close`),
  createInvite: (id: string, input: AttendeeInput) =>
    request<InviteLink & { attendee: Attendee }>('POST', `/api/conferences/${id}/invites`, input),
  reissueInvite: (id: string, inviteId: string) => request<InviteLink>('POST', `/api/conferences/${id}/invites/${inviteId}/reissue`),
  revokeInvite: (id: string, inviteId: string) => request<void>('DELETE', `/api/conferences/${id}/invites/${inviteId}`),
  updateAttendee: (id: string, attendeeId: string, patch: { attendance?: Attendance; agency?: string; name?: string; languageNeeded?: string; interpreterBooked?: boolean }) =>
    request<{ attendee: Attendee }>('PATCH', `/api/conferences/${id}/attendees/${attendeeId}`, patch),
  join: (token: string) => request<JoinResult>('POST', '/api/join', { token }),
  lobbyStatus: () => request<LobbyStatus>('GET', '/api/lobby'),
  listLobby: (id: string) => request<{ waiting: LobbyEntry[] }>('GET', `/api/conferences/${id}/lobby`),
  decideLobby: (id: string, lobbyId: string, decision: 'admit' | 'refuse') =>
    request<{ lobbyId: string; status: string }>('POST', `/api/conferences/${id}/lobby/${lobbyId}/${decision}`),
  removeAttendee: (id: string, attendeeId: string) => request<{ removed: true }>('POST', `/api/conferences/${id}/attendees/${attendeeId}/remove`),
  // The record after the meeting: types from shared/api/record.ts, the schemas the server validates with.
  getRecord: (id: string) => request<RecordState>('GET', `/api/conferences/${id}/record`),
  finaliseRecord: (id: string, body: FinaliseBody = {}) => request<{ version: VersionSummary }>('POST', `/api/conferences/${id}/record/finalise`, body),
  getOutline: (id: string, q: ExportQuery) => request<OutlineAnswer>('GET', `/api/conferences/${id}/record/outline?${exportQueryString(q)}`),
  exportUrl: (id: string, q: ExportQuery) => `/api/conferences/${id}/export?${exportQueryString(q)}`,
  setRecordLanguage: (id: string, language: ConferenceLanguage | null) => request<{ language: ConferenceLanguage }>('PUT', `/api/conferences/${id}/record/language`, { language }),
  setRecordLinkLanguage: (id: string, linkId: string, language: ConferenceLanguage | null) => request<{ ok: true }>('PUT', `/api/conferences/${id}/record/links/${linkId}/language`, { language }),
  chooseMyRecordLanguage: (token: string, language: ConferenceLanguage) => request<{ language: ConferenceLanguage }>('POST', '/api/record-link/language', { token, language }),
  issueRecord: (id: string, body: IssueBody = {}) => request<{ links: IssuedLink[] }>('POST', `/api/conferences/${id}/record/issue`, body),
  revokeRecordLink: (id: string, linkId: string) => request<void>('POST', `/api/conferences/${id}/record/links/${linkId}/revoke`),
  acceptAmendment: (id: string, amendmentId: string, what: string) => request<{ version: VersionSummary }>('POST', `/api/conferences/${id}/amendments/${amendmentId}/accept`, { what }),
  declineAmendment: (id: string, amendmentId: string, reason: string) => request<{ ok: true }>('POST', `/api/conferences/${id}/amendments/${amendmentId}/decline`, { reason }),
  getDashboard: () => request<{ conferences: DashboardRow[] }>('GET', '/api/dashboard'),
  openRecordLink: (token: string) => request<RecordLinkView>('POST', '/api/record-link', { token }),
  requestAmendment: (body: AmendmentRequest) => request<{ amendment: RecordLinkView['amendments'][number] }>('POST', '/api/record-link/amendments', body),
  downloadByLink: (token: string, edition: Edition) => downloadFile('/api/record-link/export', { token, edition }),
  sendIntent: (id: string, intent: { id: string; type: string } & Record<string, unknown>) =>
    request<{ ok: true; id: string; result?: unknown }>('POST', `/api/conferences/${id}/intents`, intent),
  listStaff: () => request<{ staff: StaffCandidate[] }>('GET', '/api/staff'),
  getConferenceStaff: (id: string) => request<{ staff: StaffMember[] }>('GET', `/api/conferences/${id}/staff`),
  assignStaff: (id: string, userId: string) => request<{ staff: StaffMember[] }>('POST', `/api/conferences/${id}/staff`, { userId }),
  unassignStaff: (id: string, userId: string) => request<{ staff: StaffMember[] }>('DELETE', `/api/conferences/${id}/staff/${userId}`),
  adminConferences: () => request<{ conferences: AdminConference[] }>('GET', '/api/admin/conferences'),
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
