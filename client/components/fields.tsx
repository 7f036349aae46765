import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldShell {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Show the label as a page-level heading-sized label. */
  large?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Shell({ id, label, hint, error, large, children }: FieldShell & { children: ReactNode }) {
  return (
    <div className={`cr-form-group${error ? ' cr-form-group--error' : ''}`}>
      <label className={`cr-label${large ? ' cr-label--l' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="cr-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="cr-error-message" id={`${id}-error`}>
          <span className="cr-visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextInput({
  id,
  label,
  hint,
  error,
  large,
  className,
  'aria-describedby': extra,
  ...rest
}: FieldShell & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <Shell id={id} label={label} hint={hint} error={error} large={large}>
      <input
        id={id}
        name={id}
        className={`cr-input${error ? ' cr-input--error' : ''} ${className ?? ''}`}
        aria-describedby={describedBy(id, hint, error, extra)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </Shell>
  );
}

export function TextArea({
  id,
  label,
  hint,
  error,
  large,
  className,
  'aria-describedby': extra,
  ...rest
}: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <Shell id={id} label={label} hint={hint} error={error} large={large}>
      <textarea
        id={id}
        name={id}
        className={`cr-textarea${error ? ' cr-input--error' : ''} ${className ?? ''}`}
        aria-describedby={describedBy(id, hint, error, extra)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </Shell>
  );
}

export function Select({
  id,
  label,
  hint,
  error,
  large,
  children,
  className,
  ...rest
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <Shell id={id} label={label} hint={hint} error={error} large={large}>
      <select
        id={id}
        name={id}
        className={`cr-select${error ? ' cr-input--error' : ''} ${className ?? ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {children}
      </select>
    </Shell>
  );
}

export function Checkbox({ id, label, hint, ...rest }: { id: string; label: ReactNode; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="cr-checkboxes__item">
      <input className="cr-checkboxes__input" id={id} name={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} {...rest} />
      <label className="cr-label cr-checkboxes__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="cr-hint cr-checkboxes__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

/** GOV.UK radios in a fieldset; the first radio carries the group id so the error summary can focus it. */
export function Radios<V extends string>({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  inline,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly RadioOption<V>[];
  value: V | '';
  onChange: (v: V) => void;
  inline?: boolean;
}) {
  return (
    <div className={`cr-form-group${error ? ' cr-form-group--error' : ''}`}>
      <fieldset className="cr-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="cr-fieldset__legend">{legend}</legend>
        {hint ? (
          <div className="cr-hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <p className="cr-error-message" id={`${id}-error`}>
            <span className="cr-visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <div className={`cr-radios${inline ? ' cr-radios--inline' : ''}`}>
          {options.map((o, i) => {
            const rid = i === 0 ? id : `${id}-${o.value}`;
            return (
              <div className="cr-radios__item" key={o.value}>
                <input
                  className="cr-radios__input"
                  id={rid}
                  name={id}
                  type="radio"
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                />
                <label className="cr-label cr-radios__label" htmlFor={rid}>
                  {o.label}
                </label>
                {o.hint ? <div className="cr-hint cr-radios__hint">{o.hint}</div> : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
