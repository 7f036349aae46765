import type { Attendance } from '../shared/schema/roles.ts';
import type { Attendee, AttendeeInput, Conference, ConferenceInput, ConferenceSchedule, ReviewInput } from '../shared/schema/conference.ts';
import type { CouncilSettings } from '../shared/schema/settings.ts';
import type {
  AmendmentRequest, DashboardRow, ExportQuery, FinaliseBody, IssueBody, IssuedLink, OutlineAnswer, RecordLinkView, RecordState, VersionSummary,
} from '../shared/api/record.ts';
import type { Edition } from '../shared/export/types.ts';
import type { ConferenceLanguage } from '../shared/i18n/locale.ts';
import type { CaseView, ReviewCreated } from '../shared/api/cases.ts';
import { ApiError, NETWORK_MESSAGE, readError, request } from './api.ts';
import type { AdminConference, AuditPage, InviteLink, LobbyEntry, StaffCandidate, StaffMember } from './api.ts';

// The requests of the screens that load when opened (staff screens, the record, the record link page):
// a participant's phone, which opens only the join page and the room, does not download them (api.ts has theirs).

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

export const screensApi = {
  putSettings: (settings: CouncilSettings) => request<{ settings: CouncilSettings }>('PUT', '/api/settings', settings),
  getLatestAudit: (latest = 200) => request<AuditPage>('GET', `/api/audit?latest=${latest}`),
  listConferences: () => request<{ conferences: Conference[] }>('GET', '/api/conferences'),
  caseView: (caseId: string) => request<CaseView>('GET', `/api/cases/${caseId}`),
  createReview: (input: ReviewInput) => request<ReviewCreated>('POST', '/api/conferences', input),
  createConference: (input: ConferenceInput) => request<{ conference: Conference }>('POST', '/api/conferences', input),
  rescheduleConference: (id: string, s: ConferenceSchedule) => request<{ conference: Conference }>('PATCH', `/api/conferences/${id}`, s),
  setConferenceLanguage: (id: string, language: ConferenceLanguage) => request<{ conference: Conference }>('PUT', `/api/conferences/${id}/language`, { language }),
  closeConference: (id: string) => request<{ conference: Conference }>('POST', `/api/conferences/${id}/close`),
  createInvite: (id: string, input: AttendeeInput) =>
    request<InviteLink & { attendee: Attendee }>('POST', `/api/conferences/${id}/invites`, input),
  reissueInvite: (id: string, inviteId: string) => request<InviteLink>('POST', `/api/conferences/${id}/invites/${inviteId}/reissue`),
  revokeInvite: (id: string, inviteId: string) => request<void>('DELETE', `/api/conferences/${id}/invites/${inviteId}`),
  updateAttendee: (id: string, attendeeId: string, patch: { attendance?: Attendance; agency?: string; name?: string; languageNeeded?: string; interpreterBooked?: boolean }) =>
    request<{ attendee: Attendee }>('PATCH', `/api/conferences/${id}/attendees/${attendeeId}`, patch),
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
  listStaff: () => request<{ staff: StaffCandidate[] }>('GET', '/api/staff'),
  getConferenceStaff: (id: string) => request<{ staff: StaffMember[] }>('GET', `/api/conferences/${id}/staff`),
  assignStaff: (id: string, userId: string) => request<{ staff: StaffMember[] }>('POST', `/api/conferences/${id}/staff`, { userId }),
  unassignStaff: (id: string, userId: string) => request<{ staff: StaffMember[] }>('DELETE', `/api/conferences/${id}/staff/${userId}`),
  adminConferences: () => request<{ conferences: AdminConference[] }>('GET', '/api/admin/conferences'),
};
