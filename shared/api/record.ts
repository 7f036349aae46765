import { z } from 'zod';
import { EDITIONS } from '../export/types.ts';
import type { DocumentOutline } from '../export/types.ts';
import { CONFERENCE_LANGUAGES, type ConferenceLanguage } from '../i18n/locale.ts';
import { v } from '../i18n/zodErrors.ts';

/**
 * The record's HTTP routes (docs/api.md), defined once: the server validates requests with these
 * schemas and the client's types are inferred from them, so the two cannot drift.
 */

export const editionSchema = z.enum(EDITIONS);

/** `GET /api/conferences/:id/export?edition=&version=` and `…/record/outline`: no version means the latest (or, for staff before finalising, the draft). */
export const exportQuerySchema = z.object({
  edition: editionSchema,
  /** English, Welsh, or both (Welsh first); without it, the conference's record language. */
  language: z.enum(CONFERENCE_LANGUAGES).optional(),
  version: z.coerce.number().int().min(1).max(10_000).optional(),
}).strict();
export type ExportQuery = z.infer<typeof exportQuerySchema>;

const why = z.string().trim().max(2000, v('validation.tooLong'));
/** `POST /api/conferences/:id/record/finalise`: version 1 needs nothing; a later version says what changed and why (FZ2). */
export const finaliseBodySchema = z.object({
  what: why.default(''),
  why: why.default(''),
}).strict();
export type FinaliseBody = z.input<typeof finaliseBodySchema>;

/** `POST /api/conferences/:id/record/issue`: issue to these attendees, or to everyone who takes part. */
export const issueBodySchema = z.object({
  attendeeIds: z.array(z.string().regex(/^[a-z0-9]{16}$/)).max(100).optional(),
}).strict();
export type IssueBody = z.input<typeof issueBodySchema>;

/** A record link's capability token, as the record page sends it from the URL fragment. */
export const recordTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, v('validation.recordToken'));
export const recordLinkBodySchema = z.object({ token: recordTokenSchema }).strict();
export const recordLinkExportSchema = z.object({ token: recordTokenSchema, edition: editionSchema }).strict();

/** EX6 — The language of the record: the conference's (`PUT …/record/language`, null follows the conference) or one person's copy. */
export const recordLanguageBodySchema = z.object({ language: z.enum(CONFERENCE_LANGUAGES).nullable() }).strict();
export const recordLinkLanguageSchema = z.object({ token: recordTokenSchema, language: z.enum(CONFERENCE_LANGUAGES) }).strict();

/** `POST /api/record-link/amendments`: which part is wrong and what it should say (AM1). */
export const amendmentRequestSchema = z.object({
  token: recordTokenSchema,
  part: z.string().trim().min(1, v('validation.amend.part')).max(500, v('validation.tooLong')),
  wanted: z.string().trim().min(1, v('validation.amend.wanted')).max(4000, v('validation.tooLong')),
}).strict();
export type AmendmentRequest = z.input<typeof amendmentRequestSchema>;

/** Accepting makes a new version with this change-log entry; declining gives the requester a reason (AM3). */
export const acceptAmendmentSchema = z.object({
  what: z.string().trim().min(1, v('validation.amend.what')).max(2000),
}).strict();
export const declineAmendmentSchema = z.object({
  reason: z.string().trim().min(1, v('validation.amend.reason')).max(2000),
}).strict();

const versionSummary = z.object({
  version: z.number(),
  hash: z.string(),
  finalisedAt: z.string(),
  finalisedBy: z.string(),
  /** `why` in English for API users; `request` when the version answers a request to change the record (AM3), for the reader's language. */
  change: z.object({ what: z.string(), why: z.string(), request: z.object({ from: z.string(), part: z.string() }).nullable() }).nullable(),
  /** The stored snapshot still matches its hash (FZ3). */
  verified: z.boolean(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

const linkSummary = z.object({
  id: z.string(),
  attendeeId: z.string(),
  name: z.string(),
  role: z.string(),
  attendance: z.string(),
  editions: z.array(editionSchema),
  issuedAt: z.string(),
  expiresAt: z.string(),
  firstDownloadAt: z.string().nullable(),
  revoked: z.boolean(),
  /** The language chosen for this person's copy; null follows the conference's record language. */
  language: z.enum(CONFERENCE_LANGUAGES).nullable(),
});
export type LinkSummary = z.infer<typeof linkSummary>;

export const amendmentSummarySchema = z.object({
  id: z.string(),
  attendeeId: z.string(),
  name: z.string(),
  part: z.string(),
  wanted: z.string(),
  receivedAt: z.string(),
  late: z.boolean(),
  status: z.enum(['waiting', 'accepted', 'declined']),
  response: z.string().nullable(),
  version: z.number().nullable(),
});
export type AmendmentSummary = z.infer<typeof amendmentSummarySchema>;

/** `GET /api/conferences/:id/record`: the record's state for the chair and note taker. */
export const recordStateSchema = z.object({
  meetingEnded: z.boolean(),
  /** The language the record is in unless a person chooses another for their copy (EX6). */
  language: z.enum(CONFERENCE_LANGUAGES),
  versions: z.array(versionSummary),
  /** The documents have changed since the latest version (or there is no version yet). */
  draftChanged: z.boolean(),
  links: z.array(linkSummary),
  amendments: z.array(amendmentSummarySchema),
});
export type RecordState = z.infer<typeof recordStateSchema>;

/** `POST /api/conferences/:id/record/issue` answers with each new link once; only hashes are kept. */
export type IssuedLink = LinkSummary & { url: string };

/** `POST /api/record-link`: what a record link opens. */
export interface RecordLinkView {
  conference: { type: string; startsAt: string; children: string[]; jurisdiction: string };
  attendee: { name: string; role: string };
  editions: z.infer<typeof editionSchema>[];
  /** The language this person's documents are in (their choice, else the conference's record language). */
  language: ConferenceLanguage;
  version: number;
  finalisedAt: string;
  amendBy: string;
  appealBy: string;
  amendments: Pick<AmendmentSummary, 'id' | 'part' | 'wanted' | 'receivedAt' | 'late' | 'status' | 'response' | 'version'>[];
}

/** One conference on the deadlines dashboard (DB1). */
export interface DashboardRow {
  id: string;
  children: string[];
  startsAt: string;
  status: 'open' | 'closed';
  /** The written summary's due date and time, and whether it is overdue or due today. */
  summaryDue: { date: string; time: string | null; state: 'overdue' | 'today' | 'upcoming' | 'done' };
  latestVersion: number | null;
  issued: { name: string; role: string; issuedAt: string; firstDownloadAt: string | null }[];
  notIssued: string[];
  amendmentsWaiting: number;
  coreGroupBy: string | null;
  reviewBy: string | null;
}

export type OutlineAnswer = { outline: DocumentOutline };
