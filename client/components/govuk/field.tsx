import { useId, type ReactNode } from 'react';
import { cx, ids } from './classNames.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Hint } from './Hint.tsx';
import { Label, type LabelOptions } from './Label.tsx';

/** What every single-control field (input, textarea, select) takes besides the control's own attributes. */
export interface FieldProps extends LabelOptions {
  /** The control's id (the error summary links to it); generated when not given. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The message by the field; when present the field is marked invalid. */
  error?: ReactNode;
  /** Extra classes on the form group (e.g. a layout hook). */
  formGroupClassName?: string;
}

/** The control's id and the ids it is described by (hint first, then the error, then the caller's own). */
export function useFieldIds(id: string | undefined, hint: unknown, error: unknown, extra?: string) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  return { controlId, hintId, errorId, describedBy: ids(hint ? hintId : '', error ? errorId : '', extra) };
}

/** The GOV.UK form group around a single control: label, hint, error message, then the control. */
export function FormGroup({
  controlId,
  hintId,
  errorId,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  className,
  children,
}: {
  controlId: string;
  hintId: string;
  errorId: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string | undefined;
  children: ReactNode;
} & LabelOptions) {
  return (
    <div className={cx('govuk-form-group', Boolean(error) && 'govuk-form-group--error', className)}>
      <Label htmlFor={controlId} labelSize={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      {children}
    </div>
  );
}
