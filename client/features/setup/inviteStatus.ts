import type { TagColour } from '../../components/Tag.tsx';
import type { Attendee } from '../../../shared/schema/conference.ts';

/** What the chair needs to know about someone's link, in words. */
export function inviteStatus(a: Attendee, now = new Date()): { label: string; colour: TagColour } {
  if (a.revoked) return { label: 'Link removed', colour: 'grey' };
  if (a.inviteExpiresAt && new Date(a.inviteExpiresAt) < now) return { label: 'Link expired', colour: 'grey' };
  if (a.redeemed) return { label: 'Link opened', colour: 'green' };
  return { label: 'Not opened yet', colour: 'yellow' };
}
