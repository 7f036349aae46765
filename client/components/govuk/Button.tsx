import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from './classNames.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Our compact size for controls inside dense panels (not a GOV.UK variant). */
  small?: boolean;
  ref?: Ref<HTMLButtonElement>;
  children: ReactNode;
}

/** GOV.UK button. Defaults to type="button": a submit button says so. */
export function Button({ variant = 'primary', small, className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={cx('govuk-button', variant !== 'primary' && `govuk-button--${variant}`, small && 'cr-button--small', className)}
      data-module="govuk-button"
      {...rest}
    />
  );
}

/** GOV.UK button group: buttons and links side by side, stacked on a phone. */
export function ButtonGroup({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx('govuk-button-group', className)}>{children}</div>;
}
