import { useState, type FormEvent } from 'react';
import { addPerson, editPerson, putDetail } from '../../../shared/commands/genogram.ts';
import type { Person, PersonFields } from '../../../shared/schema/person.ts';
import { PERSON_DEFAULTS } from '../../../shared/schema/person.ts';
import { Checkbox, Radios, Select, TextInput } from '../../components/fields.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useCommand } from '../../model/hooks.ts';
import { useRestrictedChoice } from '../../model/useRestrictedChoice.ts';
import { ProfessionalsOnlyCheckbox } from '../restriction/ProfessionalsOnlyCheckbox.tsx';
import type { GenogramView } from './useGenogram.ts';
import { useT } from '../../i18n/useT.tsx';

/** Add a person, or change one: every field the canvas shows, by keyboard. */
export function PersonForm({ view, person, onDone }: { view: GenogramView; person?: Person; onDone: (id: string | null) => void }) {
  const t = useT();
  const runAdd = useCommand(addPerson);
  const runEdit = useCommand(editPerson);
  const runDetail = useCommand(putDetail);
  const note = person ? view.genogram.details.find((d) => d.of === person.id && d.kind === 'note') : undefined;
  const [f, setF] = useState<PersonFields>(() => (person ? { ...person } : { ...PERSON_DEFAULTS }));
  const [noteText, setNote] = useState(note?.text ?? '');
  // RS5: new entries follow the closed session until the chair ticks or unticks.
  const { restricted, choose: setRestricted } = useRestrictedChoice();
  const [error, setError] = useState<string | null>(null);
  const id = person ? `person-${person.id}` : 'person-new';
  const set = <K extends keyof PersonFields>(k: K, v: PersonFields[K]) => setF((x) => ({ ...x, [k]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = person ? runEdit(person.id, f) : runAdd(f, { restricted });
    if (!r.ok) return setError(r.reasons.map((x) => t(x)).join(' '));
    const pid = person ? person.id : (r.value as string);
    if (noteText.trim() !== (note?.text ?? '')) {
      const d = runDetail({ of: pid, kind: 'note', text: noteText, restricted }, note?.id ?? null);
      if (!d.ok) return setError(d.reasons.map((x) => t(x)).join(' '));
    }
    setError(null);
    onDone(pid);
  };

  return (
    <form className="cr-geno-form" onSubmit={submit} noValidate aria-label={person ? `Change ${person.name || 'this person'}` : 'Add a person'}>
      {error ? (
        <p className="cr-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <TextInput id={`${id}-name`} label="Name" value={f.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" />
      <Radios
        id={`${id}-gender`}
        legend="Shown as"
        inline
        value={f.gender}
        onChange={(v) => set('gender', v)}
        options={[
          { value: 'female', label: 'Female (circle)' },
          { value: 'male', label: 'Male (square)' },
          { value: 'other', label: 'Another gender or not known (diamond)' },
        ]}
      />
      <Select id={`${id}-kind`} label="Who" value={f.kind} onChange={(e) => set('kind', e.target.value as PersonFields['kind'])}>
        <option value="person">A person</option>
        <option value="pregnancy">A pregnancy</option>
        <option value="miscarriage">A miscarriage</option>
      </Select>
      <TextInput id={`${id}-born`} label={f.kind === 'pregnancy' ? 'Due (year or date)' : 'Born (year or date)'} hint="For example 1995 or 1995-04-02" value={f.born} onChange={(e) => set('born', e.target.value)} inputMode="numeric" />
      <Checkbox id={`${id}-deceased`} label="Has died" checked={f.deceased} onChange={(e) => set('deceased', e.target.checked)} />
      {f.deceased ? <TextInput id={`${id}-died`} label="Died (year or date)" value={f.died} onChange={(e) => set('died', e.target.value)} inputMode="numeric" /> : null}
      <Select id={`${id}-child`} label="Is this one of the children the meeting is about?" value={f.childId} onChange={(e) => set('childId', e.target.value)}>
        <option value="">No</option>
        {view.children.map((c) => (
          <option key={c.id} value={c.id}>
            Yes: {c.name}
          </option>
        ))}
      </Select>
      <Select id={`${id}-household`} label="Lives in" value={f.household} onChange={(e) => set('household', e.target.value)}>
        <option value="">Not shown</option>
        {view.genogram.households.map((h) => (
          <option key={h.id} value={h.id}>
            {h.label}
          </option>
        ))}
      </Select>
      <TextInput id={`${id}-note`} label="Short note" hint="For example “works nights”" value={noteText} onChange={(e) => setNote(e.target.value)} />
      {!person && view.audience === 'professional' ? (
        <ProfessionalsOnlyCheckbox id={`${id}-restricted`} checked={restricted} onChange={setRestricted} />
      ) : null}
      <FormButtons submitLabel={person ? 'Save changes' : 'Add person'} onCancel={() => onDone(null)} small />
    </form>
  );
}
