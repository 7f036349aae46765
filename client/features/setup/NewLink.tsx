import { useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup } from '../../components/govuk/Button.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { T, useT } from '../../i18n/useT.tsx';

/** The full invite link, shown once after it is made, with a way to copy it. */
export function NewLink({ name, url, onDone }: { name: string; url: string; onDone: () => void }) {
  const t = useT();
  const full = window.location.origin + url;
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => boxRef.current?.focus(), [url]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(full);
      setCopied('yes');
    } catch {
      inputRef.current?.select();
      setCopied('no');
    }
  };

  return (
    <div tabIndex={-1} ref={boxRef} className="cr-new-link">
      <NotificationBanner title={t('setup.link.title', { name })} success role="status">
        <p className="govuk-body">
          <T id="setup.link.onlyOnce" values={{ name, b: (chunks) => <strong>{chunks}</strong> }} />
        </p>
        <Input id="new-invite-link" label={t('setup.link.label', { name })} className="cr-input--link" readOnly value={full} ref={inputRef} onFocus={(e) => e.target.select()} spellCheck={false} />
        <ButtonGroup>
          <Button onClick={() => void copy()}>{t('setup.link.copy')}</Button>
          <Button variant="secondary" onClick={onDone}>
            {t('setup.link.done')}
          </Button>
        </ButtonGroup>
        <p className="govuk-body" role="status">
          {copied === 'yes' ? t('setup.link.copied') : copied === 'no' ? t('setup.link.copyFailed') : ''}
        </p>
      </NotificationBanner>
    </div>
  );
}
