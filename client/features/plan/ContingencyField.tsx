import { setContingency } from '../../../shared/commands/plan.ts';
import { useCommand, useConference } from '../../model/hooks.ts';
import { DocumentTextField } from '../../components/DocumentTextField.tsx';

/** PL9: what will happen if things do not get better quickly enough (the contingency plan). */
export function ContingencyField() {
  const contingency = useConference((m) => m.contingency);
  const run = useCommand(setContingency);
  return (
    <DocumentTextField
      id="plan-contingency"
      label={
        <h2 className="cr-heading-m">
          <label htmlFor="plan-contingency">If things do not get better</label>
        </h2>
      }
      hint="The contingency plan: what will happen if the plan is not followed, or things do not improve quickly enough."
      value={contingency}
      commit={run}
      rows={6}
    />
  );
}
