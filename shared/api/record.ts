import { z } from 'zod/mini';
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
export const exportQuerySchema = z.strictObject({
  edition: editionSchema,
  /** English, Welsh, or both (Welsh first); without it, the conference's record language. */
  language: z.optional(z.enum(CONFERENCE_LANGUAGES)),
  version: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000))),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

const why = z.string().check(z.trim(), z.maxLength(2000, v('validation.tooLong')));
/** `POST /api/conferences/:id/record/finalise`: version 1 needs nothing; a later version says what changed and why (FZ2). */
export const finaliseBodySchema = z.strictObject({
  what: z._default(why, ''),
  why: z._default(why, ''),
});
export type FinaliseBody = z.input<typeof finaliseBodySchema>;

/** `POST /api/conferences/:id/record/issue`: issue to these attendees, or to everyone who takes part. */
export const issueBodySchema = z.strictObject({
  attendeeIds: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9]{16}$/))).check(z.maxLength(100))),
});
export type IssueBody = z.input<typeof issueBodySchema>;

/** A record link's capability token, as the record page sends it from the URL fragment. */
export const recordTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22,64}$/, v('validation.recordToken')));
export const recordLinkBodySchema = z.strictObject({ token: recordTokenSchema });
export const recordLinkExportSchema = z.strictObject({ token: recordTokenSchema, edition: editionSchema });

/** EX6 — The language of the record: the conference's (`PUT …/record/language`, null follows the conference) or one person's copy. */
export const recordLanguageBodySchema = z.strictObject({ language: z.nullable(z.enum(CONFERENCE_LANGUAGES)) });
export const recordLinkLanguageSchema = z.strictObject({ token: recordTokenSchema, language: z.enum(CONFERENCE_LANGUAGES) });

/** `POST /api/record-link/amendments`: which part is wrong and what it should say (AM1). */
export const amendmentRequestSchema = z.strictObject({
  token: recordTokenSchema,
  part: z.string().check(z.trim(), z.minLength(1, v('validation.amend.part')), z.maxLength(500, v('validation.tooLong'))),
  wanted: z.string().check(z.trim(), z.minLength(1, v('validation.amend.wanted')), z.maxLength(4000, v('validation.tooLong'))),
});
export type AmendmentRequest = z.input<typeof amendmentRequestSchema>;

/** Accepting makes a new version with this change-log entry; declining gives the requester a reason (AM3). */
export const acceptAmendmentSchema = z.strictObject({
  what: z.string().check(z.trim(), z.minLength(1, v('validation.amend.what')), z.maxLength(2000)),
});
export const declineAmendmentSchema = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(1, v('validation.amend.reason')), z.maxLength(2000)),
});

const versionSummary = z.object({
  version: z.number(),
  hash: z.string(),
  finalisedAt: z.string(),
  finalisedBy: z.string(),
  /** `why` in English for API users; `request` when the version answers a request to change the record (AM3), for the reader's language. */
  change: z.nullable(z.object({ what: z.string(), why: z.string(), request: z.nullable(z.object({ from: z.string(), part: z.string() })) })),
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
  firstDownloadAt: z.nullable(z.string()),
  revoked: z.boolean(),
  /** The language chosen for this person's copy; null follows the conference's record language. */
  language: z.nullable(z.enum(CONFERENCE_LANGUAGES)),
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
  response: z.nullable(z.string()),
  version: z.nullable(z.number()),
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
