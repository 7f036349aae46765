import type { Ref, TextareaHTMLAttributes } from 'react';
import { cx } from './classNames.ts';
import { FormGroup, useFieldIds, type FieldProps } from './field.tsx';

export interface TextareaProps extends FieldProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  ref?: Ref<HTMLTextAreaElement>;
}

/** GOV.UK textarea with its label, hint and error message wired to it. */
export function Textarea({ id, label, hint, error, labelSize, isPageHeading, formGroupClassName, className, rows = 5, 'aria-describedby': extra, ...rest }: TextareaProps) {
  const f = useFieldIds(id, hint, error, extra);
  return (
    <FormGroup {...f} label={label} hint={hint} error={error} labelSize={labelSize} isPageHeading={isPageHeading} className={formGroupClassName}>
      <textarea
        id={f.controlId}
        name={f.controlId}
        rows={rows}
        className={cx('govuk-textarea', Boolean(error) && 'govuk-textarea--error', className)}
        aria-describedby={f.describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </FormGroup>
  );
}
