import { useMemo, useState } from 'react';
import { TableScroller } from '../../components/TableScroller.tsx';
import { familyNumbers } from '../../../shared/rules/restriction.ts';
import { deleteAction, editAction, moveAction } from '../../../shared/commands/plan.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { neighbours } from '../board/useSectionItems.ts';
import { useDragReorder } from '../board/useDragReorder.ts';
import { ActionForm } from './ActionForm.tsx';
import { ActionRow } from './ActionRow.tsx';
import { useWorryNumbers } from './planText.ts';
import { useT } from '../../i18n/useT.tsx';

/** The plan's actions as a table, in order: change one in place, move with buttons or by dragging, delete after a check. */
export function ActionsTable() {
  const t = useT();
  const actions = useConference((m) => m.actions);
  const worries = useWorryNumbers();
  const numbers = useMemo(() => familyNumbers(actions), [actions]);
  const canEdit = useCanEdit();
  const runEdit = useCommand(editAction);
  const runMove = useCommand(moveAction);
  const runDelete = useCommand(deleteAction);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const move = (id: string, index: number) => {
    const { after, before } = neighbours(actions, id, index);
    const r = runMove(id, after, before);
    setError(r.ok ? null : r.reasons.map((x) => t(x)).join(' '));
  };
  const { listRef, drag, handleProps } = useDragReorder<HTMLTableSectionElement>(move);
  const moveBy = (id: string, i: number, by: -1 | 1) => {
    move(id, i + by);
    requestAnimationFrame(() => {
      const same = document.getElementById(`action-${by < 0 ? 'up' : 'down'}-${id}`) as HTMLButtonElement | null;
      const other = document.getElementById(`action-${by < 0 ? 'down' : 'up'}-${id}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : other)?.focus();
    });
  };

  if (actions.length === 0) return <p className="govuk-body cr-empty">{t('plan.empty.actions')}</p>;
  const columns = canEdit ? 7 : 6;
  return (
    <>
      {error ? (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <TableScroller label={t('plan.table.caption')}>
        <table className="govuk-table cr-actions-table">
          <caption className="govuk-visually-hidden">{t('plan.table.caption')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">
                <span className="govuk-visually-hidden">{t('plan.table.number')}</span>
              </th>
              <th className="govuk-table__header" scope="col">{t('plan.what')}</th>
              <th className="govuk-table__header" scope="col">{t('plan.who')}</th>
              <th className="govuk-table__header" scope="col">{t('plan.byWhen')}</th>
              <th className="govuk-table__header" scope="col">{t('plan.howWeKnow')}</th>
              <th className="govuk-table__header" scope="col">{t('plan.helpsWith')}</th>
              {canEdit ? (
                <th className="govuk-table__header" scope="col">
                  <span className="govuk-visually-hidden">{t('plan.table.tools')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody ref={listRef} className={drag && drag.index >= actions.length - 1 ? 'cr-actions-table__body--drop-end' : undefined}>
            {actions.map((a, i) => {
              if (editing === a.id) {
                return (
                  <tr className="govuk-table__row" key={a.id} data-item-id={a.id}>
                    <td className="govuk-table__cell" colSpan={columns}>
                      <ActionForm
                        idPrefix={`edit-action-${a.id}`}
                        initial={a}
                        title={numbers.has(a.id) ? t('plan.changeAction', { n: numbers.get(a.id)! }) : t('plan.changeRestrictedAction')}
                        submitLabel={t('plan.saveChanges')}
                        onCancel={() => setEditing(null)}
                        onSubmit={(v) => {
                          const r = runEdit(a.id, v);
                          if (r.ok) setEditing(null);
                          return r;
                        }}
                      />
                    </td>
                  </tr>
                );
              }
              const restIndex = drag ? actions.filter((x) => x.id !== drag.id).findIndex((x) => x.id === a.id) : -1;
              return (
                <ActionRow
                  key={a.id}
                  action={a}
                  n={numbers.get(a.id) ?? null}
                  position={i + 1}
                  total={actions.length}
                  worries={worries}
                  canEdit={canEdit}
                  onEdit={() => setEditing(a.id)}
                  onMove={(by) => moveBy(a.id, i, by)}
                  onDelete={() => void runDelete(a.id)}
                  handleProps={handleProps(a.id)}
                  dragging={drag?.id === a.id}
                  dropBefore={drag !== null && drag.id !== a.id && restIndex === drag.index}
                />
              );
            })}
          </tbody>
        </table>
      </TableScroller>
    </>
  );
}
