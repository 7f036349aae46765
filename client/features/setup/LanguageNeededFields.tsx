import { Checkbox } from '../../components/govuk/Checkboxes.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { useT } from '../../i18n/useT.tsx';

/**
 * The language someone needs to take part and, once one is given, whether their interpreter is
 * booked: the same two fields when the chair adds an attendee and when they change one.
 */
export function LanguageNeededFields({ idPrefix = '', language, onLanguage, booked, onBooked, error }: {
  idPrefix?: string;
  language: string;
  onLanguage: (value: string) => void;
  booked: boolean;
  onBooked: (value: boolean) => void;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <>
      <Input
        id={`${idPrefix}languageNeeded`}
        label={t('setup.attendee.languageNeeded')}
        hint={t('setup.attendee.languageNeededHint')}
        value={language}
        onChange={(e) => onLanguage(e.target.value)}
        error={error}
      />
      {language.trim() ? (
        <Checkbox id={`${idPrefix}interpreterBooked`} label={t('setup.attendee.interpreterBooked')} checked={booked} onChange={(e) => onBooked(e.target.checked)} />
      ) : null}
    </>
  );
}
