import type { TagColour } from '../../components/govuk/Tag.tsx';
import type { Attendee } from '../../../shared/schema/conference.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';

/** What the chair needs to know about someone's link, as a message id and a tag colour. */
export function inviteStatus(a: Attendee, now = new Date()): { label: MessageId; colour: TagColour } {
  if (a.revoked) return { label: 'setup.invite.removed', colour: 'grey' };
  if (a.inviteExpiresAt && new Date(a.inviteExpiresAt) < now) return { label: 'setup.invite.expired', colour: 'grey' };
  if (a.redeemed) return { label: 'setup.invite.opened', colour: 'green' };
  return { label: 'setup.invite.notOpened', colour: 'yellow' };
}
