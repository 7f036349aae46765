import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { ErrorMessage } from '../../components/govuk/ErrorMessage.tsx';
import { useT } from '../../i18n/useT.tsx';
import { clearLocalCopies } from '../../sync/localCopies.ts';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';

/** FN1 — End the meeting: invite sessions end and devices remove their copies; the chair and note taker go on to complete the record. */
export function CloseConference({ conferenceId, onClosed }: { conferenceId: string; onClosed: () => void }) {
  const t = useT();
  const [error, setError] = useState<Msg | null>(null);
  const close = async () => {
    setError(null);
    try {
      await screensApi.closeConference(conferenceId);
      await clearLocalCopies([conferenceId]);
      onClosed();
    } catch (e) {
      setError(e instanceof ApiError ? e.msg : msg('errors.generic'));
    }
  };
  return (
    <section aria-labelledby="close-title" className="cr-section">
      <h2 className="govuk-heading-m" id="close-title">
        {t('setup.close.title')}
      </h2>
      <p className="govuk-body">{t('setup.close.body')}</p>
      {error ? (
        <div role="alert">
          <ErrorMessage id="close-error">{t(error)}</ErrorMessage>
        </div>
      ) : null}
      <InlineConfirm
        label={t('setup.close.button')}
        question={t('setup.close.question')}
        confirmLabel={t('setup.close.confirm')}
        warning
        onConfirm={close}
      />
    </section>
  );
}
