import type { ReactNode } from 'react';
import type { Result } from '../../shared/result.ts';
import { useCanEdit } from '../model/hooks.ts';
import { useDraftText } from '../model/useDraftText.ts';
import { JargonHints } from './JargonHints.tsx';

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
    <div className={`cr-form-group${message ? ' cr-form-group--error' : ''}`}>
      {label}
      <div className="cr-hint" id={`${id}-hint`}>
        {hint}
      </div>
      {message ? (
        <p className="cr-error-message" id={`${id}-error`}>
          <span className="cr-visually-hidden">Error: </span>
          {message}
        </p>
      ) : null}
      <textarea
        id={id}
        className="cr-textarea"
        rows={rows}
        readOnly={!canEdit}
        value={draft.value}
        onChange={(e) => draft.onChange(e.target.value)}
        onBlur={draft.onBlur}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''} ${id}-jargon`}
      />
      {canEdit ? <JargonHints text={draft.value} id={`${id}-jargon`} required={required} /> : null}
    </div>
  );
}
