import { TextInput } from '../../components/fields.tsx';
import { useT } from '../../i18n/useT.tsx';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** By when: a date, or words such as "every week until the review" (stored as the date, or the words). */
export function ByWhenField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error?: string | undefined }) {
  const t = useT();
  const isDate = ISO.test(value);
  return (
    <fieldset className="govuk-fieldset govuk-form-group cr-by-when">
      <legend className="govuk-fieldset__legend">{t('plan.form.byWhen')}</legend>
      {error ? <p className="govuk-error-message">{error}</p> : null}
      <div className="cr-form-row">
        <TextInput id={id} type="date" label={t('plan.form.byWhen.date')} value={isDate ? value : ''} onChange={(e) => onChange(e.target.value)} />
        <TextInput id={`${id}-words`} label={t('plan.form.byWhen.words')} hint={t('plan.form.byWhen.hint')} maxLength={40} value={isDate ? '' : value} onChange={(e) => onChange(e.target.value)} />
      </div>
    </fieldset>
  );
}
