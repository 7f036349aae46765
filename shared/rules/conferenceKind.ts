import type { Jurisdiction } from './jurisdiction.ts';

/**
 * CF1: the kinds of conference. Here, not in schema/conference.ts with the chair's forms' schemas:
 * every device reads a case's earlier conferences (schema/previous.ts), and a module is one chunk's.
 */
export const CONFERENCE_TYPES = ['initial', 'review'] as const;
export type ConferenceType = (typeof CONFERENCE_TYPES)[number];

/** Which name a conference goes by: Scotland holds Child Protection Planning Meetings. */
export function conferenceKind(type: ConferenceType, j: Jurisdiction): 'initial' | 'review' | 'planningInitial' | 'planningReview' {
  if (j === 'scotland') return type === 'initial' ? 'planningInitial' : 'planningReview';
  return type;
}
