import { useCallback, useMemo } from 'react';
import { acceptActionProposal, acceptGenogramProposal, acceptItemProposal, declineProposal } from '../../../shared/commands/proposals.ts';
import type { ActionFields } from '../../../shared/schema/action.ts';
import type { Proposal } from '../../../shared/schema/board.ts';
import type { Result } from '../../../shared/result.ts';
import { useCommand, useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';

/** The pending proposals, oldest first. */
export function usePendingProposals(): readonly Proposal[] {
  const proposals = useConference((m) => m.proposals);
  return useMemo(() => proposals.filter((p) => p.status === 'pending'), [proposals]);
}

/** Accept (as sent, or edited) and decline, shared by the panel and the "a" shortcut. */
export function useProposalActions() {
  const { user } = useRoom();
  const attendees = useConference((m) => m.attendees);
  const closedSession = useConference((m) => m.closedSession);
  const runAcceptItem = useCommand(acceptItemProposal);
  const runAcceptAction = useCommand(acceptActionProposal);
  const runDecline = useCommand(declineProposal);
  const runAcceptGenogram = useCommand(acceptGenogramProposal);

  const accept = useCallback(
    (p: Proposal, edited?: { section: string; text: string; restricted: boolean }): Result<unknown> => {
      if (p.kind === 'action') return runAcceptAction(p.id, null, closedSession);
      if (p.kind === 'person' || p.kind === 'relationship') return runAcceptGenogram(p.id, edited?.restricted ?? closedSession);
      const who = attendees.find((a) => a.id === p.proposedBy.attendeeId);
      // With no agency, the sender's role is kept as a fact (not words in the chair's language), so each reader sees it in theirs.
      const agency = who?.agency ?? '';
      return runAcceptItem(p.id, {
        section: edited?.section ?? p.section ?? '',
        text: edited?.text ?? p.text,
        source: agency ? { name: p.proposedBy.name, agency } : { name: p.proposedBy.name, agency: '', role: p.proposedBy.role },
        restricted: edited?.restricted ?? closedSession,
        addedBy: user.name,
      });
    },
    [attendees, closedSession, runAcceptAction, runAcceptGenogram, runAcceptItem, user.name],
  );
  /** PP2 with the chair's changes: the edited action is added instead of the one sent. */
  const acceptAction = useCallback((p: Proposal, edited: ActionFields, restricted: boolean): Result<unknown> => runAcceptAction(p.id, edited, restricted), [runAcceptAction]);
  const decline = useCallback((p: Proposal) => runDecline(p.id), [runDecline]);
  return { accept, acceptAction, decline };
}
