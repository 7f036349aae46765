import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT.tsx';
import { Button, ButtonGroup } from './govuk/Button.tsx';

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
  const t = useT();
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
      <button type="button" ref={buttonRef} className={className ?? 'govuk-button govuk-button--secondary'} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="cr-confirm" role="group" aria-label={confirmLabel} tabIndex={-1} ref={questionRef}>
      <p className="govuk-body cr-confirm__question">{question}</p>
      <ButtonGroup>
        <Button
          variant={warning ? 'warning' : 'primary'}
          onClick={() => {
            setOpen(false);
            void onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
