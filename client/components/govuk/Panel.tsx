import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

/** GOV.UK confirmation panel: the end of a journey ("Your score has been sent"). The title is an h1 unless told. */
export function Panel({ title, children, headingLevel = 1, className }: { title: ReactNode; children?: ReactNode; headingLevel?: 1 | 2 | 3; className?: string }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx('govuk-panel govuk-panel--confirmation', className)}>
      <Heading className="govuk-panel__title">{title}</Heading>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
