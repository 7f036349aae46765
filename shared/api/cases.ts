import type { Conference } from '../schema/conference.ts';
import type { Deadline } from '../rules/deadlines.ts';
import type { TrendRound } from '../schema/previous.ts';

/**
 * `GET /api/cases/:caseId` (CA2, docs/api.md): the conferences of a case that this member of staff
 * is assigned to, oldest first, each with what a chair looks back at.
 */
export interface CaseConference {
  conference: Conference;
  /** Whether its record has a finalised version (the summary below comes from the latest one), or is read as it stands. */
  finalisedVersion: number | null;
  /** The decision per child as recorded; empty before it is. */
  decision: { childId: string; childName: string; outcome: string; outcomeLabel: string; category: string | null; categoryLabel: string | null; reason: string | null }[];
  /** Every revealed scaling round, with each person's score exactly as revealed. */
  scaling: (Omit<TrendRound, 'conferenceId' | 'startsAt' | 'type'> & { medians: { family: number | null; child: number | null; professional: number | null } })[];
  /** Deadlines from the meeting that are still to come (none before the meeting has ended). */
  openDeadlines: Deadline[];
}

export interface CaseView {
  caseId: string;
  /** The children of the case's latest conference (the ones a new review starts with). */
  children: Conference['children'];
  conferences: CaseConference[];
}

/** `POST /api/conferences` with `type: "review"` (RV1): the review, and a fresh invite link for everyone carried forward. */
export interface ReviewCreated {
  conference: Conference;
  invites: { attendeeId: string; name: string; role: string; token: string; url: string }[];
  /** Where the carried data came from: the latest finalised version, or (null) the documents as they stood. */
  carriedFrom: { conferenceId: string; version: number | null };
}
