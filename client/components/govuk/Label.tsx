import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

export type TextSize = 's' | 'm' | 'l' | 'xl';

export interface LabelOptions {
  /** Label size; with `isPageHeading` the label is the page's h1. */
  labelSize?: TextSize;
  isPageHeading?: boolean;
}

/** GOV.UK label, optionally the page's heading (one question per page). */
export function Label({ htmlFor, children, labelSize, isPageHeading, className }: LabelOptions & { htmlFor: string; children: ReactNode; className?: string }) {
  const label = (
    <label className={cx('govuk-label', labelSize && `govuk-label--${labelSize}`, className)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
