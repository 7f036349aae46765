import type { ReactNode } from 'react';
import type { Result } from '../../shared/result.ts';
import { useCanEdit } from '../model/hooks.ts';
import { useDraftText } from '../model/useDraftText.ts';
import { JargonHints } from './JargonHints.tsx';
import { cx } from './govuk/classNames.ts';
import { ErrorMessage } from './govuk/ErrorMessage.tsx';
import { Hint } from './govuk/Hint.tsx';

/**
 * A long text the room writes together (the decision's reasons, the contingency plan): typing is
 * kept as a draft and merged into the document, jargon is flagged as it is written, and people who
 * may not edit read it.
 */
export function DocumentTextField({
  id,
  label,
  hint,
  value,
  commit,
  rows,
  error,
  required,
}: {
  id: string;
  /** The label, already inside whatever heading the screen needs. */
  label: ReactNode;
  hint: string;
  value: string;
  commit: (text: string) => Result<unknown>;
  rows: number;
  error?: string | undefined;
  /** Words this text must be free to use, never flagged as jargon here (JG2). */
  required?: readonly string[] | undefined;
}) {
  const canEdit = useCanEdit();
  const draft = useDraftText(value, commit);
  const message = draft.error ?? error;
  return (
    <div className={cx('govuk-form-group', Boolean(message) && 'govuk-form-group--error')}>
      {label}
      <Hint id={`${id}-hint`}>{hint}</Hint>
      {message ? <ErrorMessage id={`${id}-error`}>{message}</ErrorMessage> : null}
      <textarea
        id={id}
        className={cx('govuk-textarea', Boolean(message) && 'govuk-textarea--error')}
        aria-invalid={message ? true : undefined}
        rows={rows}
        readOnly={!canEdit}
        value={draft.value}
        onChange={(e) => draft.onChange(e.target.value)}
        onBlur={draft.onBlur}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}${canEdit ? ` ${id}-jargon` : ''}`}
      />
      {canEdit ? <JargonHints text={draft.value} id={`${id}-jargon`} required={required} /> : null}
    </div>
  );
}
