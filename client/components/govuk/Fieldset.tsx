import type { ReactNode } from 'react';
import { cx } from './classNames.ts';
import type { TextSize } from './Label.tsx';

export interface LegendOptions {
  legendSize?: TextSize;
  /** The legend is the page's h1 (one question per page). */
  legendIsPageHeading?: boolean;
  /** Hide the legend visually but keep it for screen readers (the question is already on screen). */
  legendHidden?: boolean;
}

/** GOV.UK fieldset: groups related inputs under one legend. */
export function Fieldset({
  legend,
  legendSize,
  legendIsPageHeading,
  legendHidden,
  describedBy,
  className,
  children,
}: LegendOptions & { legend?: ReactNode; describedBy?: string | undefined; className?: string; children: ReactNode }) {
  return (
    <fieldset className={cx('govuk-fieldset', className)} aria-describedby={describedBy}>
      {legend ? (
        <legend className={cx('govuk-fieldset__legend', legendSize && `govuk-fieldset__legend--${legendSize}`, legendHidden && 'govuk-visually-hidden')}>
          {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
      ) : null}
      {children}
    </fieldset>
  );
}
