import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { useDraftText } from '../../model/useDraftText.ts';
import { JargonHints } from '../board/JargonHints.tsx';
import { setRationaleIn } from './commands.ts';

/** DE2: why the conference decided as it did, written as it is said (merges with the note taker's typing). */
export function RationaleField({ error }: { error?: string | undefined }) {
  const canEdit = useCanEdit();
  const rationale = useConference((m) => m.decision.rationale);
  const run = useCommand(setRationaleIn);
  const draft = useDraftText(rationale, run);
  const message = draft.error ?? error;
  return (
    <div className={`cr-form-group${message ? ' cr-form-group--error' : ''}`}>
      <label className="cr-label cr-label--l" htmlFor="decision-rationale">
        Reasons for the decision
      </label>
      <div className="cr-hint" id="decision-rationale-hint">
        Why the conference decided this. The family reads these words in the written summary.
      </div>
      {message ? (
        <p className="cr-error-message" id="decision-rationale-error">
          <span className="cr-visually-hidden">Error: </span>
          {message}
        </p>
      ) : null}
      <textarea
        id="decision-rationale"
        className="cr-textarea"
        rows={5}
        readOnly={!canEdit}
        value={draft.value}
        onChange={(e) => draft.onChange(e.target.value)}
        onBlur={draft.onBlur}
        aria-describedby={`decision-rationale-hint${message ? ' decision-rationale-error' : ''} decision-rationale-jargon`}
      />
      {canEdit ? <JargonHints text={draft.value} id="decision-rationale-jargon" /> : null}
    </div>
  );
}
