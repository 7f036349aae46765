import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A button that asks once more before doing something that cannot be undone. The question
 * appears in place, focus moves to it, and Cancel returns focus to the original button.
 */
export function InlineConfirm({
  label,
  question,
  confirmLabel,
  onConfirm,
  warning,
  className,
}: {
  label: ReactNode;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  warning?: boolean;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const questionRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) questionRef.current?.focus();
    else if (wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button type="button" ref={buttonRef} className={className ?? 'cr-button cr-button--secondary'} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="cr-confirm" role="group" aria-label={confirmLabel} tabIndex={-1} ref={questionRef}>
      <p className="cr-body cr-confirm__question">{question}</p>
      <div className="cr-button-group">
        <button
          type="button"
          className={`cr-button${warning ? ' cr-button--warning' : ''}`}
          onClick={() => {
            setOpen(false);
            void onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="cr-button cr-button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
