import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { cx } from './classNames.ts';
import { FormGroup, useFieldIds, type FieldProps } from './field.tsx';

export interface SelectProps extends FieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  /** The `<option>` elements. */
  children: ReactNode;
  ref?: Ref<HTMLSelectElement>;
}

/** GOV.UK select (use radios instead when there are only a few choices). */
export function Select({ id, label, hint, error, labelSize, isPageHeading, formGroupClassName, className, children, 'aria-describedby': extra, ...rest }: SelectProps) {
  const f = useFieldIds(id, hint, error, extra);
  return (
    <FormGroup {...f} label={label} hint={hint} error={error} labelSize={labelSize} isPageHeading={isPageHeading} className={formGroupClassName}>
      <select
        id={f.controlId}
        name={f.controlId}
        className={cx('govuk-select', Boolean(error) && 'govuk-select--error', className)}
        aria-describedby={f.describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {children}
      </select>
    </FormGroup>
  );
}
