import type { DangerStatement } from '../../../shared/schema/danger.ts';
import { DANGER_STATEMENT_PROMPT, SAFETY_GOAL_PROMPT } from '../../../shared/rules/agenda.ts';
import { deleteDanger, editDanger, moveDanger } from '../../../shared/commands/plan.ts';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { useCanEdit, useCommand } from '../../model/hooks.ts';
import { useDraftText } from '../../model/useDraftText.ts';
import { JargonHints } from '../../components/JargonHints.tsx';
import { Guidance } from './Guidance.tsx';
import { RestrictedTag } from '../../components/Tag.tsx';
import { RestrictToggle } from '../restriction/RestrictToggle.tsx';

/**
 * One danger statement with its safety goal, edited in place, with the guidance beside each box.
 * `number` is the family's number (RS6): a professionals-only one has none.
 */
export function DangerPair({ danger, index, list, number }: { danger: DangerStatement; index: number; list: readonly DangerStatement[]; number: number | null }) {
  const canEdit = useCanEdit();
  const runEdit = useCommand(editDanger);
  const runDelete = useCommand(deleteDanger);
  const runMove = useCommand(moveDanger);
  const statement = useDraftText(danger.statement, (v) => runEdit(danger.id, { statement: v }));
  const goal = useDraftText(danger.goal, (v) => runEdit(danger.id, { goal: v }));
  const n = number ?? '';
  const name = number === null ? 'professionals-only worry' : `worry ${number}`;

  const move = (to: number, which: 'up' | 'down') => {
    const rest = list.filter((d) => d.id !== danger.id);
    runMove(danger.id, rest[to - 1]?.order ?? null, rest[to]?.order ?? null);
    requestAnimationFrame(() => {
      const same = document.getElementById(`danger-move-${which}-${danger.id}`) as HTMLButtonElement | null;
      const other = document.getElementById(`danger-move-${which === 'up' ? 'down' : 'up'}-${danger.id}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : other)?.focus();
    });
  };

  return (
    <li className={`cr-danger${danger.restricted ? ' cr-danger--restricted' : ''}`}>
      <h3 className="cr-heading-s">{number === null ? 'Professionals-only worry' : `Worry ${number}`}</h3>
      {danger.restricted ? <RestrictedTag /> : null}
      <div className="cr-danger__row">
        <div className="cr-form-group cr-danger__field">
          <label className="cr-label" htmlFor={`danger-${danger.id}-statement`}>
            Danger statement {n}
          </label>
          {statement.error ? <p className="cr-error-message">{statement.error}</p> : null}
          <textarea
            id={`danger-${danger.id}-statement`}
            className="cr-textarea"
            rows={4}
            readOnly={!canEdit}
            value={statement.value}
            onChange={(e) => statement.onChange(e.target.value)}
            onBlur={statement.onBlur}
            aria-describedby={`danger-${danger.id}-statement-guidance danger-${danger.id}-statement-jargon`}
          />
          {canEdit ? <JargonHints text={statement.value} id={`danger-${danger.id}-statement-jargon`} /> : null}
        </div>
        <Guidance prompt={DANGER_STATEMENT_PROMPT} id={`danger-${danger.id}-statement-guidance`} />
      </div>
      <div className="cr-danger__row">
        <div className="cr-form-group cr-danger__field">
          <label className="cr-label" htmlFor={`danger-${danger.id}-goal`}>
            Safety goal {n}
          </label>
          {goal.error ? <p className="cr-error-message">{goal.error}</p> : null}
          <textarea
            id={`danger-${danger.id}-goal`}
            className="cr-textarea"
            rows={4}
            readOnly={!canEdit}
            value={goal.value}
            onChange={(e) => goal.onChange(e.target.value)}
            onBlur={goal.onBlur}
            aria-describedby={`danger-${danger.id}-goal-guidance danger-${danger.id}-goal-jargon`}
          />
          {canEdit ? <JargonHints text={goal.value} id={`danger-${danger.id}-goal-jargon`} /> : null}
        </div>
        <Guidance prompt={SAFETY_GOAL_PROMPT} id={`danger-${danger.id}-goal-guidance`} />
      </div>
      {canEdit ? (
        <div className="cr-item__actions">
          <button type="button" className="cr-link-button" id={`danger-move-up-${danger.id}`} disabled={index === 0} onClick={() => move(index - 1, 'up')}>
            Move up<span className="cr-visually-hidden"> {name}</span>
          </button>
          <button type="button" className="cr-link-button" id={`danger-move-down-${danger.id}`} disabled={index === list.length - 1} onClick={() => move(index + 1, 'down')}>
            Move down<span className="cr-visually-hidden"> {name}</span>
          </button>
          <RestrictToggle id={danger.id} restricted={danger.restricted} noun="danger statement and its safety goal" label={name} />
          <InlineConfirm
            className="cr-link-button cr-link-button--warning"
            label={
              <>
                Delete<span className="cr-visually-hidden"> {name}</span>
              </>
            }
            question={`Delete this danger statement and its safety goal for everyone?`}
            confirmLabel="Delete danger statement"
            warning
            onConfirm={() => void runDelete(danger.id)}
          />
        </div>
      ) : null}
    </li>
  );
}
