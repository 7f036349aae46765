import { useMemo } from 'react';
import { agencyCount, agencyNames, checkQuorum, quorumWarning } from '../../../shared/rules/quorum.ts';
import { useCurrentLocale, useT } from '../../i18n/useT.tsx';
import { WarningText } from '../../components/Banner.tsx';
import { useConference } from '../../model/hooks.ts';
import { useCouncilSettings } from '../../state/settings.ts';

/**
 * QU1 before the decision: a warning when too few agencies (or no social worker) take part, in
 * person or by report. It does not stop the decision; the server records the check with it.
 */
export function QuorumWarning() {
  const t = useT();
  const locale = useCurrentLocale();
  const attendees = useConference((m) => m.attendees);
  const { quorumAgencies } = useCouncilSettings();
  const q = useMemo(() => checkQuorum(attendees, quorumAgencies), [attendees, quorumAgencies]);
  const warning = quorumWarning(q);
  if (!warning) {
    return <p className="govuk-body cr-quorum">{t('decision.quorum.quorate', { count: agencyCount(q), agencies: agencyNames(q, locale).join(', ') })}</p>;
  }
  return <WarningText id="quorum-warning">{t('decision.quorum.check', { warning: t(warning) })}</WarningText>;
}
