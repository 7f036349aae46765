import type { PlanAction } from '../../../shared/schema/action.ts';
import { ProgressControl } from '../review/Progress.tsx';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { worriesText, type WorryNumbers } from './planText.ts';
import { RestrictedTag } from '../../components/Tag.tsx';
import { RestrictToggle } from '../restriction/RestrictToggle.tsx';

import type { useDragReorder } from '../board/useDragReorder.ts';

/** The drag handle's grip: a picture, not words (hidden from screen readers, who move with the buttons). */
const GRIP = '⋮⋮';

type HandleProps = ReturnType<ReturnType<typeof useDragReorder>['handleProps']>;

/**
 * One action as a table row, with change, move, restrict and delete for the chair. `n` is the
 * family's number (RS6), null for a professionals-only action; `position` counts from 1 in the table.
 */
export function ActionRow({ action, n, position, total, worries, canEdit, onEdit, onMove, onDelete, handleProps, dragging, dropBefore }: {
  action: PlanAction;
  n: number | null;
  position: number;
  total: number;
  worries: WorryNumbers;
  canEdit: boolean;
  onEdit: () => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
  handleProps: HandleProps;
  dragging: boolean;
  dropBefore: boolean;
}) {
  const t = useT();
  const f = useFormat();
  const name = t('plan.actionName', { n: n ?? 'none' });
  const none = t('plan.none');
  const classes = ['govuk-table__row cr-action-row', action.restricted ? 'cr-action-row--restricted' : '', dragging ? 'cr-action-row--dragging' : '', dropBefore ? 'cr-action-row--drop-before' : ''].join(' ');
  return (
    <tr className={classes} data-item-id={action.id}>
      <td className="govuk-table__cell cr-action-row__n">
        {canEdit ? (
          <span className="cr-item__handle" aria-hidden="true" title={t('plan.dragToMove')} {...handleProps}>
            {GRIP}
          </span>
        ) : null}
        {n}
      </td>
      <th scope="row" className="govuk-table__header cr-action-row__what">
        {action.restricted ? <RestrictedTag /> : null}
        {action.what}
        <ProgressControl action={action} />
      </th>
      <td className="govuk-table__cell">{action.who || none}</td>
      <td className="govuk-table__cell">{action.by ? f.byWhen(action.by) : none}</td>
      <td className="govuk-table__cell cr-action-row__how">{action.howWeKnow || none}</td>
      <td className="govuk-table__cell">{worriesText(action, worries, t) || none}</td>
      {canEdit ? (
        <td className="govuk-table__cell cr-action-row__tools">
          <button type="button" className="cr-link-button" onClick={onEdit}>
            {t('plan.change')}<span className="govuk-visually-hidden"> {name}</span>
          </button>
          <button type="button" className="cr-link-button" id={`action-up-${action.id}`} disabled={position === 1} onClick={() => onMove(-1)}>
            {t('plan.moveUp')}<span className="govuk-visually-hidden"> {name}</span>
          </button>
          <button type="button" className="cr-link-button" id={`action-down-${action.id}`} disabled={position === total} onClick={() => onMove(1)}>
            {t('plan.moveDown')}<span className="govuk-visually-hidden"> {name}</span>
          </button>
          <RestrictToggle id={action.id} restricted={action.restricted} noun={t('plan.restrictNoun.action')} label={name} />
          <InlineConfirm
            className="cr-link-button cr-link-button--warning"
            label={
              <>
                {t('plan.delete')}<span className="govuk-visually-hidden"> {name}</span>
              </>
            }
            question={t('plan.deleteAction.question', { name })}
            confirmLabel={t('plan.deleteAction.confirm')}
            warning
            onConfirm={onDelete}
          />
        </td>
      ) : null}
    </tr>
  );
}
