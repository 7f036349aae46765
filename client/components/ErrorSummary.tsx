import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.tsx';

export interface FieldError {
  /** The id of the input the message belongs to; the summary links to it. */
  field: string;
  message: string;
}

/** GOV.UK error summary: focused when it appears, each message links to its field. */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.field + e.message).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div className="cr-error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 className="cr-error-summary__title" id="error-summary-title">
        {t('errorSummary.title')}
      </h2>
      <ul className="cr-error-summary__list">
        {errors.map((e) => (
          <li key={e.field + e.message}>
            {e.field ? (
              <a
                href={`#${e.field}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  document.getElementById(e.field)?.focus();
                }}
              >
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Look up the message for one field. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}
