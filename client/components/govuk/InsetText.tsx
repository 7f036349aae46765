import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

/** GOV.UK inset text: a quotation, an example or a note set apart from the text around it. */
export function InsetText({ children, className, id }: { children: ReactNode; className?: string; id?: string }) {
  return (
    <div className={cx('govuk-inset-text', className)} id={id}>
      {children}
    </div>
  );
}
