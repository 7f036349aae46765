import { useState, type FormEvent } from 'react';
import { CONFERENCE_LANGUAGES, type ConferenceLanguage } from '../../../shared/i18n/locale.ts';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import type { Conference } from '../../../shared/schema/conference.ts';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Radios } from '../../components/fields.tsx';
import { useT } from '../../i18n/useT.tsx';

/**
 * The chair sets the conference's language: each person's device starts in it (they can still
 * choose their own), and the projector shows it, or both with Welsh first.
 */
export function LanguageForm({ conference, onSaved }: { conference: Conference; onSaved: () => void }) {
  const t = useT();
  const [language, setLanguage] = useState<ConferenceLanguage>(conference.language);
  const [status, setStatus] = useState<Msg | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await screensApi.setConferenceLanguage(conference.id, language);
      setStatus(msg('setup.language.saved'));
      onSaved();
    } catch (err) {
      setStatus(err instanceof ApiError ? err.msg : msg('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="cr-section">
      <Radios
        id="conference-language"
        legend={t('setup.language.legend')}
        hint={t('setup.language.hint')}
        options={CONFERENCE_LANGUAGES.map((l) => ({ value: l, label: t(`conferenceLanguage.${l}`) }))}
        value={language}
        onChange={(l) => {
          setLanguage(l);
          setStatus(null);
        }}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy || language === conference.language}>
        {t('setup.language.save')}
      </button>
      <p className="govuk-body" role="status">
        {status ? t(status) : null}
      </p>
    </form>
  );
}
