import { useMemo, useState, type FormEvent } from 'react';
import { isProfessional } from '../../../shared/rules/permissions.ts';
import { Checkbox, Select, TextInput } from '../../components/fields.tsx';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { useDraftText } from '../../model/useDraftText.ts';
import { roleLabel } from '../scaling/scaleText.ts';
import { setPeopleIn } from './commands.ts';
import { useT } from '../../i18n/useT.tsx';

const SOMEONE_ELSE = '__someone_else__';

/** DE4: the key worker (lead practitioner), chosen from the attendees or typed, and the core group: attendees ticked plus other names. */
export function PeopleForm() {
  const t = useT();
  const canEdit = useCanEdit();
  const keyWorker = useConference((m) => m.decision.keyWorker);
  const coreGroup = useConference((m) => m.decision.coreGroup);
  const allAttendees = useConference((m) => m.attendees);
  const attendees = useMemo(() => allAttendees.filter((a) => a.role !== 'projector'), [allAttendees]);
  const run = useCommand(setPeopleIn);
  const names = new Set(attendees.map((a) => a.name));
  const [chooseOther, setChooseOther] = useState(false);
  const other = chooseOther || (keyWorker !== '' && !names.has(keyWorker));
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const typed = useDraftText(other ? keyWorker : '', (v) => run({ keyWorker: v, coreGroup }));
  const extra = coreGroup.filter((n) => !names.has(n));
  const save = (people: { keyWorker: string; coreGroup: readonly string[] }) => {
    const r = run(people);
    setError(r.ok ? null : r.reasons.map((x) => t(x)).join(' '));
    return r.ok;
  };
  const toggle = (name: string, on: boolean) => save({ keyWorker, coreGroup: on ? [...coreGroup, name] : coreGroup.filter((n) => n !== name) });
  const addName = (e: FormEvent) => {
    e.preventDefault();
    const n = newName.trim();
    if (!n) return setError('Write the name of the person or service to add');
    if (!coreGroup.includes(n) && save({ keyWorker, coreGroup: [...coreGroup, n] })) setNewName('');
  };

  return (
    <section className="cr-people" aria-labelledby="people-title">
      <h2 className="cr-heading-m" id="people-title">
        Who will make the plan work
      </h2>
      <Select
        id="decision-key-worker"
        label="Key worker (lead practitioner)"
        hint="The professional who leads the plan and coordinates the core group."
        disabled={!canEdit}
        value={other ? SOMEONE_ELSE : keyWorker}
        onChange={(e) => {
          const v = e.target.value;
          setChooseOther(v === SOMEONE_ELSE);
          if (v !== SOMEONE_ELSE) save({ keyWorker: v, coreGroup });
        }}
      >
        <option value="">Not chosen yet</option>
        {attendees.filter((a) => isProfessional(a.role)).map((a) => (
          <option key={a.id} value={a.name}>
            {a.name} ({roleLabel(a.role)})
          </option>
        ))}
        <option value={SOMEONE_ELSE}>Someone else</option>
      </Select>
      {other ? (
        <TextInput id="decision-key-worker-name" label="Key worker’s name and service" value={typed.value} readOnly={!canEdit} onChange={(e) => typed.onChange(e.target.value)} onBlur={typed.onBlur} error={typed.error ?? undefined} />
      ) : null}
      <fieldset className="cr-fieldset cr-form-group">
        <legend className="cr-fieldset__legend">Core group</legend>
        <div className="cr-hint">The people who meet to carry out the plan and check it is working: the family, the people who help them, and the professionals.</div>
        {error ? <p className="cr-error-message">{error}</p> : null}
        <div className="cr-checkboxes cr-checkboxes--columns">
          {attendees.map((a) => (
            <Checkbox key={a.id} id={`core-${a.id}`} label={`${a.name} (${roleLabel(a.role)})`} checked={coreGroup.includes(a.name)} disabled={!canEdit} onChange={(e) => toggle(a.name, e.target.checked)} />
          ))}
          {extra.map((n, i) => (
            <Checkbox key={n} id={`core-extra-${i}`} label={n} checked disabled={!canEdit} onChange={() => toggle(n, false)} hint="Not at the meeting. Untick to remove." />
          ))}
        </div>
      </fieldset>
      {canEdit ? (
        <form className="cr-inline-add" onSubmit={addName} noValidate>
          <TextInput id="core-new" label="Add someone who is not here" hint="A name, or a service such as the domestic abuse service." value={newName} onChange={(e) => setNewName(e.target.value)} />
          <button type="submit" className="cr-button cr-button--secondary">
            Add to the core group
          </button>
        </form>
      ) : null}
    </section>
  );
}
