import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

/** GOV.UK details: a short link that opens more. Controlled when `open` and `onToggle` are given. */
export function Details({
  summary,
  children,
  open,
  onToggle,
  className,
  id,
}: {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  onToggle?: (open: boolean) => void;
  className?: string;
  id?: string;
}) {
  return (
    <details className={cx('govuk-details', className)} id={id} open={open} onToggle={onToggle ? (e) => onToggle(e.currentTarget.open) : undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
