import { Checkbox } from '../../components/fields.tsx';
import { useConference } from '../../model/hooks.ts';
import { shorten, useWorryNumbers } from './planText.ts';
import { useT } from '../../i18n/useT.tsx';

/** Which danger statements (and their safety goals) an action answers. */
export function LinksField({ id, value, onChange }: { id: string; value: readonly string[]; onChange: (v: string[]) => void }) {
  const t = useT();
  const dangers = useConference((m) => m.dangers);
  const { numbers } = useWorryNumbers();
  if (dangers.length === 0) return null;
  return (
    <fieldset className="govuk-fieldset govuk-form-group">
      <legend className="govuk-fieldset__legend">{t('plan.form.links')}</legend>
      <div className="govuk-hint">{t('plan.form.links.hint')}</div>
      {dangers.map((d) => (
        <Checkbox
          key={d.id}
          id={`${id}-${d.id}`}
          label={t('plan.form.links.option', { worry: numbers.has(d.id) ? t('plan.worry', { n: numbers.get(d.id)! }) : t('plan.restrictedWorry'), text: shorten(d.statement || d.goal, 90) })}
          checked={value.includes(d.id)}
          onChange={(e) => onChange(e.target.checked ? [...value, d.id] : value.filter((x) => x !== d.id))}
        />
      ))}
    </fieldset>
  );
}
