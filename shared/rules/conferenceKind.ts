import type { ConferenceType } from '../schema/conference.ts';
import type { Jurisdiction } from './jurisdiction.ts';

/** Which name a conference goes by: Scotland holds Child Protection Planning Meetings. */
export function conferenceKind(type: ConferenceType, j: Jurisdiction): 'initial' | 'review' | 'planningInitial' | 'planningReview' {
  if (j === 'scotland') return type === 'initial' ? 'planningInitial' : 'planningReview';
  return type;
}
