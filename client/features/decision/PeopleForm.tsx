import { useMemo, useState, type FormEvent } from 'react';
import { isProfessional } from '../../../shared/rules/permissions.ts';
import { Checkbox, Select, TextInput } from '../../components/fields.tsx';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { useDraftText } from '../../model/useDraftText.ts';
import { useRoleLabel } from '../scaling/scaleText.ts';
import { useT } from '../../i18n/useT.tsx';
import { setPeopleIn } from './commands.ts';

const SOMEONE_ELSE = '__someone_else__';

/** DE4: the key worker (lead practitioner), chosen from the attendees or typed, and the core group: attendees ticked plus other names. */
export function PeopleForm() {
  const t = useT();
  const roleLabel = useRoleLabel();
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
    if (!n) return setError(t('decision.people.error.name'));
    if (!coreGroup.includes(n) && save({ keyWorker, coreGroup: [...coreGroup, n] })) setNewName('');
  };

  return (
    <section className="cr-people" aria-labelledby="people-title">
      <h2 className="govuk-heading-m" id="people-title">
        {t('decision.people.title')}
      </h2>
      <Select
        id="decision-key-worker"
        label={t('decision.people.keyWorker')}
        hint={t('decision.people.keyWorkerHint')}
        disabled={!canEdit}
        value={other ? SOMEONE_ELSE : keyWorker}
        onChange={(e) => {
          const v = e.target.value;
          setChooseOther(v === SOMEONE_ELSE);
          if (v !== SOMEONE_ELSE) save({ keyWorker: v, coreGroup });
        }}
      >
        <option value="">{t('decision.people.notChosen')}</option>
        {attendees.filter((a) => isProfessional(a.role)).map((a) => (
          <option key={a.id} value={a.name}>
            {t('scaling.record.person', { name: a.name, role: roleLabel(a.role) })}
          </option>
        ))}
        <option value={SOMEONE_ELSE}>{t('decision.people.someoneElse')}</option>
      </Select>
      {other ? (
        <TextInput id="decision-key-worker-name" label={t('decision.people.keyWorkerName')} value={typed.value} readOnly={!canEdit} onChange={(e) => typed.onChange(e.target.value)} onBlur={typed.onBlur} error={typed.error ?? undefined} />
      ) : null}
      <fieldset className="govuk-fieldset govuk-form-group">
        <legend className="govuk-fieldset__legend">{t('decision.people.coreGroup')}</legend>
        <div className="govuk-hint">{t('decision.people.coreGroupHint')}</div>
        {error ? <p className="govuk-error-message">{error}</p> : null}
        <div className="cr-checkboxes cr-checkboxes--columns">
          {attendees.map((a) => (
            <Checkbox key={a.id} id={`core-${a.id}`} label={t('scaling.record.person', { name: a.name, role: roleLabel(a.role) })} checked={coreGroup.includes(a.name)} disabled={!canEdit} onChange={(e) => toggle(a.name, e.target.checked)} />
          ))}
          {extra.map((n, i) => (
            <Checkbox key={n} id={`core-extra-${i}`} label={n} checked disabled={!canEdit} onChange={() => toggle(n, false)} hint={t('decision.people.extraHint')} />
          ))}
        </div>
      </fieldset>
      {canEdit ? (
        <form className="cr-inline-add" onSubmit={addName} noValidate>
          <TextInput id="core-new" label={t('decision.people.add')} hint={t('decision.people.addHint')} value={newName} onChange={(e) => setNewName(e.target.value)} />
          <button type="submit" className="govuk-button govuk-button--secondary">
            {t('decision.people.addSubmit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
