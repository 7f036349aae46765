import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

export interface SummaryListRow {
  /** A stable React key. */
  key: string;
  label: ReactNode;
  value: ReactNode;
  /**
   * Links or buttons for the row ("Change"). Each should carry hidden words naming the row
   * (`Change<span class="govuk-visually-hidden"> date</span>`) so it makes sense out of context.
   */
  actions?: readonly ReactNode[];
}

/** GOV.UK summary list: key–value rows, with optional actions. */
export function SummaryList({ rows, noBorder, className }: { rows: readonly SummaryListRow[]; noBorder?: boolean; className?: string }) {
  const anyActions = rows.some((r) => r.actions?.length);
  return (
    <dl className={cx('govuk-summary-list', noBorder && 'govuk-summary-list--no-border', className)}>
      {rows.map((r) => {
        const actions = r.actions ?? [];
        return (
          <div key={r.key} className={cx('govuk-summary-list__row', anyActions && actions.length === 0 && 'govuk-summary-list__row--no-actions')}>
            <dt className="govuk-summary-list__key">{r.label}</dt>
            <dd className="govuk-summary-list__value">{r.value}</dd>
            {actions.length === 1 ? <dd className="govuk-summary-list__actions">{actions[0]}</dd> : null}
            {actions.length > 1 ? (
              <dd className="govuk-summary-list__actions">
                <ul className="govuk-summary-list__actions-list">
                  {actions.map((a, i) => (
                    <li key={i} className="govuk-summary-list__actions-list-item">
                      {a}
                    </li>
                  ))}
                </ul>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
