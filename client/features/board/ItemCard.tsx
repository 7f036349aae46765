import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Item } from '../../../shared/schema/item.ts';
import type { BoardSection } from '../../../shared/rules/agenda.ts';
import { deleteItem, editItem } from '../../../shared/commands/items.ts';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { useCanEdit, useCommand } from '../../model/hooks.ts';
import { RestrictToggle } from '../restriction/RestrictToggle.tsx';
import { ItemForm } from './ItemForm.tsx';
import { ItemText } from './ItemText.tsx';
import { T, useT } from '../../i18n/useT.tsx';
import { hidden } from '../room/hidden.tsx';
import type { Msg } from '../../../shared/i18n/messages.ts';

type HandleProps = Record<'onPointerDown' | 'onPointerMove' | 'onPointerUp', (e: PointerEvent<HTMLElement>) => void> & { onPointerCancel: () => void };

/** The grip drawn on the handle: a picture, hidden from screen readers (the move buttons are their way). */
const DRAG_HANDLE = '⋮⋮';

/** One item on the chair's board: read it, edit it in place, move it, restrict it, delete it. */
export function ItemCard({
  item,
  section,
  position,
  total,
  onMove,
  handleProps,
  dragging,
  dropBefore,
}: {
  item: Item;
  section: BoardSection;
  position: number;
  total: number;
  onMove: (id: string, index: number) => void;
  handleProps: HandleProps;
  dragging: boolean;
  dropBefore: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canEdit = useCanEdit();
  const t = useT();
  const runEdit = useCommand(editItem);
  const runDelete = useCommand(deleteItem);

  const move = (delta: number, which: 'up' | 'down') => {
    onMove(item.id, position + delta);
    // Keep the keyboard where it was; at the end of the list that button is disabled, so use the other one.
    requestAnimationFrame(() => {
      const same = document.getElementById(`move-${which}-${item.id}`) as HTMLButtonElement | null;
      const other = document.getElementById(`move-${which === 'up' ? 'down' : 'up'}-${item.id}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : other)?.focus();
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || editing || !canEdit) return;
    if (e.key === 'ArrowUp' && position > 0) {
      e.preventDefault();
      move(-1, 'up');
    } else if (e.key === 'ArrowDown' && position < total - 1) {
      e.preventDefault();
      move(1, 'down');
    }
  };
  const report = (r: { ok: boolean; reasons?: Msg[] }) => setError(r.ok ? null : (r.reasons ?? []).map((x) => t(x)).join(' '));

  const classes = ['cr-item', item.restricted ? 'cr-item--restricted' : '', dragging ? 'cr-item--dragging' : '', dropBefore ? 'cr-item--drop-before' : ''];
  return (
    <li className={classes.join(' ')} data-item-id={item.id} onKeyDown={onKeyDown}>
      {editing ? (
        <ItemForm
          idPrefix={`edit-${item.id}`}
          section={section}
          initial={item}
          submitLabel={t('board.saveChanges')}
          onCancel={() => setEditing(false)}
          onSubmit={(v) => {
            const r = runEdit(item.id, { text: v.text, source: v.source, details: v.details });
            if (r.ok) setEditing(false);
            return r;
          }}
        />
      ) : (
        <div className="cr-item__body">
          {canEdit ? (
            <span className="cr-item__handle" aria-hidden="true" title={t('board.dragToMove')} {...handleProps}>
              {DRAG_HANDLE}
            </span>
          ) : null}
          <div className="cr-item__content">
            <ItemText item={item} />
          </div>
        </div>
      )}
      {error ? <p className="govuk-error-message" role="alert">{error}</p> : null}
      {canEdit && !editing ? (
        <div className="cr-item__actions">
          <button type="button" className="cr-link-button" onClick={() => setEditing(true)}>
            <T id="board.editNth" values={{ n: position + 1, hidden }} />
          </button>
          <button type="button" className="cr-link-button" id={`move-up-${item.id}`} disabled={position === 0} onClick={() => move(-1, 'up')}>
            <T id="board.moveUpNth" values={{ n: position + 1, hidden }} />
          </button>
          <button type="button" className="cr-link-button" id={`move-down-${item.id}`} disabled={position === total - 1} onClick={() => move(1, 'down')}>
            <T id="board.moveDownNth" values={{ n: position + 1, hidden }} />
          </button>
          <RestrictToggle id={item.id} restricted={item.restricted} noun={t('board.restrictNoun')} />
          <InlineConfirm
            className="cr-link-button cr-link-button--warning"
            label={<T id="board.deleteNth" values={{ n: position + 1, hidden }} />}
            question={t('board.deleteQuestion')}
            confirmLabel={t('board.deleteItem')}
            warning
            onConfirm={() => report(runDelete(item.id))}
          />
        </div>
      ) : null}
    </li>
  );
}
