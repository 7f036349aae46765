import { setContingency } from '../../../shared/commands/plan.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { useDraftText } from '../../model/useDraftText.ts';
import { JargonHints } from '../board/JargonHints.tsx';

/** PL9: what will happen if things do not get better quickly enough (the contingency plan). */
export function ContingencyField() {
  const canEdit = useCanEdit();
  const contingency = useConference((m) => m.contingency);
  const run = useCommand(setContingency);
  const draft = useDraftText(contingency, run);
  return (
    <div className={`cr-form-group${draft.error ? ' cr-form-group--error' : ''}`}>
      <h2 className="cr-heading-m">
        <label htmlFor="plan-contingency">If things do not get better</label>
      </h2>
      <div className="cr-hint" id="plan-contingency-hint">
        The contingency plan: what will happen if the plan is not followed, or things do not improve quickly enough.
      </div>
      {draft.error ? <p className="cr-error-message">{draft.error}</p> : null}
      <textarea
        id="plan-contingency"
        className="cr-textarea"
        rows={6}
        readOnly={!canEdit}
        value={draft.value}
        onChange={(e) => draft.onChange(e.target.value)}
        onBlur={draft.onBlur}
        aria-describedby="plan-contingency-hint plan-contingency-jargon"
      />
      {canEdit ? <JargonHints text={draft.value} id="plan-contingency-jargon" /> : null}
    </div>
  );
}
