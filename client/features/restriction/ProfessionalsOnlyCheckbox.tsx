import { Checkbox } from '../../components/fields.tsx';

/** The "Professionals only" box of every add form (ticked by default in a closed session, RS5). */
export function ProfessionalsOnlyCheckbox({ id, checked, onChange }: { id: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <Checkbox
      id={id}
      label="Professionals only"
      hint="The family will not see it, on any screen or in their copy."
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
