import { useMemo } from 'react';
import { decisionRequiredTerms } from '../../../shared/rules/requiredTerms.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useCommand, useConference } from '../../model/hooks.ts';
import { DocumentTextField } from '../../components/DocumentTextField.tsx';
import { setRationaleIn } from './commands.ts';
import { useT } from '../../i18n/useT.tsx';

/** DE2: why the conference decided as it did, written as it is said (merges with the note taker's typing). */
export function RationaleField({ error }: { error?: string | undefined }) {
  const t = useT();
  const rationale = useConference((m) => m.decision.rationale);
  const run = useCommand(setRationaleIn);
  const { conference } = useRoom();
  const required = useMemo(() => decisionRequiredTerms(conference.jurisdiction), [conference.jurisdiction]);
  return (
    <DocumentTextField
      id="decision-rationale"
      label={
        <label className="govuk-label govuk-label--m" htmlFor="decision-rationale">
          {t('decision.rationale.label')}
        </label>
      }
      hint={t('decision.rationale.hint')}
      value={rationale}
      commit={run}
      rows={5}
      error={error}
      required={required}
    />
  );
}
