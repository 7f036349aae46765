import type { ReactNode } from 'react';
import { cx } from './classNames.ts';
import { useGovukWord } from './GovukText.tsx';

/** GOV.UK error message: the field's own message, prefixed for screen readers ("Error:"). */
export function ErrorMessage({
  id,
  children,
  visuallyHiddenText,
  className,
}: {
  id: string;
  children: ReactNode;
  /** The hidden prefix; defaults to the shell's `errorPrefix`. */
  visuallyHiddenText?: string;
  className?: string;
}) {
  const prefix = useGovukWord('errorPrefix', visuallyHiddenText);
  return (
    <p id={id} className={cx('govuk-error-message', className)}>
      <span className="govuk-visually-hidden">{prefix}</span> {children}
    </p>
  );
}
