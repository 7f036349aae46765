import type { DangerStatement } from '../../../shared/schema/danger.ts';
import { DANGER_STATEMENT_PROMPT, SAFETY_GOAL_PROMPT } from '../../../shared/rules/guidance.ts';
import { deleteDanger, editDanger, moveDanger } from '../../../shared/commands/plan.ts';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { useCanEdit, useCommand } from '../../model/hooks.ts';
import { useDraftText } from '../../model/useDraftText.ts';
import { JargonHints } from '../../components/JargonHints.tsx';
import { Guidance } from './Guidance.tsx';
import { RestrictedTag } from '../../components/Tag.tsx';
import { RestrictToggle } from '../restriction/RestrictToggle.tsx';
import { T, useT } from '../../i18n/useT.tsx';
import { hidden } from '../room/hidden.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';

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
  const t = useT();
  // The family's number, or none for a professionals-only pair (RS6): the select's 'other' branch.
  const numbered = { number: number ?? 0, numbered: number === null ? 'no' : 'yes' };
  const name = t('dangers.worryName', numbered);

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
      <h3 className="govuk-heading-s">{t('dangers.worryHeading', numbered)}</h3>
      {danger.restricted ? <RestrictedTag /> : null}
      <div className="cr-danger__row">
        <div className="cr-danger__field">
          <Textarea
            id={`danger-${danger.id}-statement`}
            label={t('dangers.statementLabel', numbered)}
            labelSize="s"
            rows={4}
            readOnly={!canEdit}
            value={statement.value}
            error={statement.error ?? undefined}
            onChange={(e) => statement.onChange(e.target.value)}
            onBlur={statement.onBlur}
            aria-describedby={`danger-${danger.id}-statement-guidance${canEdit ? ` danger-${danger.id}-statement-jargon` : ''}`}
          />
          {canEdit ? <JargonHints text={statement.value} id={`danger-${danger.id}-statement-jargon`} /> : null}
        </div>
        <Guidance prompt={DANGER_STATEMENT_PROMPT} id={`danger-${danger.id}-statement-guidance`} />
      </div>
      <div className="cr-danger__row">
        <div className="cr-danger__field">
          <Textarea
            id={`danger-${danger.id}-goal`}
            label={t('dangers.goalLabel', numbered)}
            labelSize="s"
            rows={4}
            readOnly={!canEdit}
            value={goal.value}
            error={goal.error ?? undefined}
            onChange={(e) => goal.onChange(e.target.value)}
            onBlur={goal.onBlur}
            aria-describedby={`danger-${danger.id}-goal-guidance${canEdit ? ` danger-${danger.id}-goal-jargon` : ''}`}
          />
          {canEdit ? <JargonHints text={goal.value} id={`danger-${danger.id}-goal-jargon`} /> : null}
        </div>
        <Guidance prompt={SAFETY_GOAL_PROMPT} id={`danger-${danger.id}-goal-guidance`} />
      </div>
      {canEdit ? (
        <div className="cr-item__actions">
          <button type="button" className="cr-link-button" id={`danger-move-up-${danger.id}`} disabled={index === 0} onClick={() => move(index - 1, 'up')}>
            <T id="dangers.moveUp" values={{ name, hidden }} />
          </button>
          <button type="button" className="cr-link-button" id={`danger-move-down-${danger.id}`} disabled={index === list.length - 1} onClick={() => move(index + 1, 'down')}>
            <T id="dangers.moveDown" values={{ name, hidden }} />
          </button>
          <RestrictToggle id={danger.id} restricted={danger.restricted} noun={t('dangers.restrictNoun')} label={name} />
          <InlineConfirm
            className="cr-link-button cr-link-button--warning"
            label={<T id="dangers.delete" values={{ name, hidden }} />}
            question={t('dangers.deleteQuestion')}
            confirmLabel={t('dangers.deleteConfirm')}
            warning
            onConfirm={() => void runDelete(danger.id)}
          />
        </div>
      ) : null}
    </li>
  );
}
