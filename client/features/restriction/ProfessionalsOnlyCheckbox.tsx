import { Checkbox } from '../../components/fields.tsx';
import { useT } from '../../i18n/useT.tsx';

/** The "Professionals only" box of every add form (ticked by default in a closed session, RS5). */
export function ProfessionalsOnlyCheckbox({ id, checked, onChange }: { id: string; checked: boolean; onChange: (v: boolean) => void }) {
  const t = useT();
  return (
    <Checkbox
      id={id}
      label={t('restriction.professionalsOnly')}
      hint={t('restriction.professionalsOnlyHint')}
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
