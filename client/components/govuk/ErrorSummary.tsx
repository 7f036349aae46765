import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { useGovukWord } from './GovukText.tsx';

export interface FieldError {
  /** The id of the field the message belongs to (the first radio or checkbox of a group); the summary links to it. Empty for a problem with no field. */
  field: string;
  /** Already in the person's language (keep message ids in state; translate when rendering). */
  message: string;
}

/** Focus the field and bring its label or legend into view, as govuk-frontend's error summary does. */
function focusField(e: MouseEvent<HTMLAnchorElement>, field: string) {
  const input = document.getElementById(field);
  if (!input) return;
  e.preventDefault();
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(field)}"]`);
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary, at the top of the form: focused when it appears (or its errors change),
 * each message a link to its field. Renders nothing when there are no errors.
 */
export function ErrorSummary({
  errors,
  title,
  description,
  id,
}: {
  errors: readonly FieldError[];
  /** The heading; defaults to the shell's `errorSummaryTitle` ("There is a problem"). */
  title?: string;
  description?: ReactNode;
  /** A unique id for this summary; generated when not given. */
  id?: string;
}) {
  const generated = useId();
  const heading = useGovukWord('errorSummaryTitle', title);
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => `${e.field}\u0000${e.message}`).join('\u0001');
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, key]);
  if (!shown) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" id={id ?? generated} tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{heading}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e, i) => (
              <li key={`${e.field}-${i}`}>
                {e.field ? (
                  <a href={`#${e.field}`} onClick={(ev) => focusField(ev, e.field)}>
                    {e.message}
                  </a>
                ) : (
                  e.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** The message for one field, to pass as that field's `error`. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}
