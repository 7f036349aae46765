import type { InputHTMLAttributes, Ref } from 'react';
import { cx } from './classNames.ts';
import { FormGroup, useFieldIds, type FieldProps } from './field.tsx';

export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30;

export interface InputProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  /** A fixed width in characters (GOV.UK's govuk-input--width-N); full width otherwise. */
  width?: InputWidth;
  ref?: Ref<HTMLInputElement>;
}

/** GOV.UK text input with its label, hint and error message wired to it. */
export function Input({ id, label, hint, error, labelSize, isPageHeading, formGroupClassName, width, className, type = 'text', 'aria-describedby': extra, ...rest }: InputProps) {
  const f = useFieldIds(id, hint, error, extra);
  return (
    <FormGroup {...f} label={label} hint={hint} error={error} labelSize={labelSize} isPageHeading={isPageHeading} className={formGroupClassName}>
      <input
        id={f.controlId}
        name={f.controlId}
        type={type}
        className={cx('govuk-input', width && `govuk-input--width-${width}`, Boolean(error) && 'govuk-input--error', className)}
        aria-describedby={f.describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </FormGroup>
  );
}
