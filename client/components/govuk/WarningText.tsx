import type { ReactNode } from 'react';
import { cx } from './classNames.ts';
import { useGovukWord } from './GovukText.tsx';

/** A glyph, hidden from screen readers (they hear the prefix instead), so not a message to translate. */
const ICON = '!';

/** GOV.UK warning text: a "!" icon and bold words; the icon is read as the shell's `warningPrefix`. */
export function WarningText({ children, iconFallbackText, className, id }: { children: ReactNode; iconFallbackText?: string; className?: string; id?: string }) {
  const prefix = useGovukWord('warningPrefix', iconFallbackText);
  return (
    <div className={cx('govuk-warning-text', className)} id={id}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        {ICON}
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{prefix}</span>
        {children}
      </strong>
    </div>
  );
}
