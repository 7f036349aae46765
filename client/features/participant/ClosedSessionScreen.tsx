import { useT } from '../../i18n/useT.tsx';

/** What family devices show while the professionals talk privately: calm, neutral, nothing to do. */
export function ClosedSessionScreen() {
  const t = useT();
  return (
    <main className="cr-calm" id="main-content" aria-labelledby="calm-title">
      <h1 className="govuk-heading-l" id="calm-title">
        {t('participant.closed.title')}
      </h1>
      <p className="govuk-body govuk-body-l">{t('participant.closed.body')}</p>
    </main>
  );
}
