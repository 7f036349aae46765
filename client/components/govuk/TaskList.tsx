import { useId, type ReactNode } from 'react';
import { Link } from '../Link.tsx';
import { cx, ids } from './classNames.ts';

export interface TaskListItem {
  key: string;
  title: ReactNode;
  hint?: ReactNode;
  /** Words, or a Tag, saying where the task stands. */
  status?: ReactNode;
  /** A link to the task (handled by the router)… */
  href?: string;
  /** …or an action on this screen (drawn as GOV.UK's task link, but a button). */
  onSelect?: () => void;
  /** The task shown now (aria-current="step"). */
  current?: boolean;
  className?: string;
}

/** GOV.UK task list: each task's name (a link or button when it can be opened), hint and status. */
export function TaskList({ items, className }: { items: readonly TaskListItem[]; className?: string }) {
  const base = useId();
  return (
    <ul className={cx('govuk-task-list', className)}>
      {items.map((item, i) => {
        const hintId = `${base}-${i + 1}-hint`;
        const statusId = `${base}-${i + 1}-status`;
        const describedBy = ids(item.hint ? hintId : '', item.status ? statusId : '');
        const actionable = item.href !== undefined || item.onSelect !== undefined;
        const name = item.href ? (
          <Link className="govuk-link govuk-task-list__link" href={item.href} aria-describedby={describedBy} aria-current={item.current ? 'step' : undefined}>
            {item.title}
          </Link>
        ) : item.onSelect ? (
          <button type="button" className="govuk-task-list__link cr-task-list__button" onClick={item.onSelect} aria-describedby={describedBy} aria-current={item.current ? 'step' : undefined}>
            {item.title}
          </button>
        ) : (
          <div>{item.title}</div>
        );
        return (
          <li key={item.key} className={cx('govuk-task-list__item', actionable && 'govuk-task-list__item--with-link', item.className)}>
            <div className="govuk-task-list__name-and-hint">
              {name}
              {item.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            {item.status ? (
              <div className="govuk-task-list__status" id={statusId}>
                {item.status}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
