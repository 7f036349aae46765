import type { PlanAction } from '../../../shared/schema/board.ts';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { formatByWhen } from '../../format.ts';
import { worriesText } from './planText.ts';

import type { useDragReorder } from '../board/useDragReorder.ts';

type HandleProps = ReturnType<ReturnType<typeof useDragReorder>['handleProps']>;

/** One action as a table row, with change, move and delete for the chair. */
export function ActionRow({ action, n, total, worries, canEdit, onEdit, onMove, onDelete, handleProps, dragging, dropBefore }: {
  action: PlanAction;
  n: number;
  total: number;
  worries: ReadonlyMap<string, number>;
  canEdit: boolean;
  onEdit: () => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
  handleProps: HandleProps;
  dragging: boolean;
  dropBefore: boolean;
}) {
  const classes = ['cr-action-row', dragging ? 'cr-action-row--dragging' : '', dropBefore ? 'cr-action-row--drop-before' : ''].join(' ');
  return (
    <tr className={classes} data-item-id={action.id}>
      <td className="cr-action-row__n">
        {canEdit ? (
          <span className="cr-item__handle" aria-hidden="true" title="Drag to move" {...handleProps}>
            ⋮⋮
          </span>
        ) : null}
        {n}
      </td>
      <th scope="row" className="cr-action-row__what">
        {action.what}
      </th>
      <td>{action.who || '—'}</td>
      <td>{action.by ? formatByWhen(action.by) : '—'}</td>
      <td className="cr-action-row__how">{action.howWeKnow || '—'}</td>
      <td>{worriesText(action, worries) || '—'}</td>
      {canEdit ? (
        <td className="cr-action-row__tools">
          <button type="button" className="cr-link-button" onClick={onEdit}>
            Change<span className="cr-visually-hidden"> action {n}</span>
          </button>
          <button type="button" className="cr-link-button" id={`action-up-${action.id}`} disabled={n === 1} onClick={() => onMove(-1)}>
            Move up<span className="cr-visually-hidden"> action {n}</span>
          </button>
          <button type="button" className="cr-link-button" id={`action-down-${action.id}`} disabled={n === total} onClick={() => onMove(1)}>
            Move down<span className="cr-visually-hidden"> action {n}</span>
          </button>
          <InlineConfirm
            className="cr-link-button cr-link-button--warning"
            label={
              <>
                Delete<span className="cr-visually-hidden"> action {n}</span>
              </>
            }
            question={`Delete action ${n} from the plan for everyone?`}
            confirmLabel="Delete action"
            warning
            onConfirm={onDelete}
          />
        </td>
      ) : null}
    </tr>
  );
}
