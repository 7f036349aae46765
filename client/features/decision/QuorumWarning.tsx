import { useMemo } from 'react';
import { checkQuorum } from '../../../shared/rules/quorum.ts';
import { WarningText } from '../../components/Banner.tsx';
import { useConference } from '../../model/hooks.ts';
import { useCouncilSettings } from '../../state/settings.ts';

/**
 * QU1 before the decision: a warning when too few agencies (or no social worker) take part, in
 * person or by report. It does not stop the decision; the server records the check with it.
 */
export function QuorumWarning() {
  const attendees = useConference((m) => m.attendees);
  const { quorumAgencies } = useCouncilSettings();
  const q = useMemo(() => checkQuorum(attendees, quorumAgencies), [attendees, quorumAgencies]);
  if (q.quorate) {
    return <p className="cr-body cr-quorum">Quorate: {q.agencies.length} agencies are taking part ({q.agencies.join(', ')}).</p>;
  }
  return (
    <WarningText id="quorum-warning">
      {q.warning} Check attendance on the welcome step. If you go ahead, this warning is recorded with the decision.
    </WarningText>
  );
}
