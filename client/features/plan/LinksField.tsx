import { Checkbox } from '../../components/fields.tsx';
import { useConference } from '../../model/hooks.ts';
import { shorten, useWorryNumbers } from './planText.ts';

/** Which danger statements (and their safety goals) an action answers. */
export function LinksField({ id, value, onChange }: { id: string; value: readonly string[]; onChange: (v: string[]) => void }) {
  const dangers = useConference((m) => m.dangers);
  const { numbers } = useWorryNumbers();
  if (dangers.length === 0) return null;
  return (
    <fieldset className="cr-fieldset cr-form-group">
      <legend className="cr-fieldset__legend">Which worry does it help with?</legend>
      <div className="cr-hint">The danger statements and safety goals from step 8.</div>
      {dangers.map((d) => (
        <Checkbox
          key={d.id}
          id={`${id}-${d.id}`}
          label={`${numbers.has(d.id) ? `Worry ${numbers.get(d.id)}` : 'Professionals-only worry'}: ${shorten(d.statement || d.goal, 90)}`}
          checked={value.includes(d.id)}
          onChange={(e) => onChange(e.target.checked ? [...value, d.id] : value.filter((x) => x !== d.id))}
        />
      ))}
    </fieldset>
  );
}
