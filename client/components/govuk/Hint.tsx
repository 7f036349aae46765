import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

/** GOV.UK hint: help text under a label or legend, linked by id from the field's aria-describedby. */
export function Hint({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  return (
    <div id={id} className={cx('govuk-hint', className)}>
      {children}
    </div>
  );
}
