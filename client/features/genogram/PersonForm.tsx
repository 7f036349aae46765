import { useState, type FormEvent } from 'react';
import { addPerson, editPerson, putDetail } from '../../../shared/commands/genogram.ts';
import type { Person, PersonFields } from '../../../shared/schema/person.ts';
import { PERSON_DEFAULTS, PERSON_GENDERS, PERSON_KINDS } from '../../../shared/schema/person.ts';
import { Checkbox } from '../../components/govuk/Checkboxes.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Radios } from '../../components/govuk/Radios.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useChildCount, useCommand } from '../../model/hooks.ts';
import { useRestrictedChoice } from '../../model/useRestrictedChoice.ts';
import { ProfessionalsOnlyCheckbox } from '../restriction/ProfessionalsOnlyCheckbox.tsx';
import type { GenogramView } from './useGenogram.ts';
import { useFormProblems } from './useFormProblems.ts';
import { useT } from '../../i18n/useT.tsx';

/** Add a person, or change one: every field the canvas shows, by keyboard. */
export function PersonForm({ view, person, onDone }: { view: GenogramView; person?: Person; onDone: (id: string | null) => void }) {
  const t = useT();
  const children = useChildCount();
  const runAdd = useCommand(addPerson);
  const runEdit = useCommand(editPerson);
  const runDetail = useCommand(putDetail);
  const note = person ? view.genogram.details.find((d) => d.of === person.id && d.kind === 'note') : undefined;
  const [f, setF] = useState<PersonFields>(() => (person ? { ...person } : { ...PERSON_DEFAULTS }));
  const [noteText, setNote] = useState(note?.text ?? '');
  // RS5: new entries follow the closed session until the chair ticks or unticks.
  const { restricted, choose: setRestricted } = useRestrictedChoice();
  const id = person ? `person-${person.id}` : 'person-new';
  const problems = useFormProblems(
    { name: `${id}-name`, gender: `${id}-gender`, kind: `${id}-kind`, born: `${id}-born`, died: `${id}-died`, deceased: `${id}-deceased`, childId: `${id}-child`, household: `${id}-household`, text: `${id}-note` },
    `${id}-name`,
  );
  const set = <K extends keyof PersonFields>(k: K, v: PersonFields[K]) => setF((x) => ({ ...x, [k]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = person ? runEdit(person.id, f) : runAdd(f, { restricted });
    if (!r.ok) return problems.fromReasons(r.reasons);
    const pid = person ? person.id : (r.value as string);
    if (noteText.trim() !== (note?.text ?? '')) {
      const d = runDetail({ of: pid, kind: 'note', text: noteText, restricted }, note?.id ?? null);
      if (!d.ok) return problems.fromReasons(d.reasons.map(({ path: _path, ...m }) => ({ ...m, path: 'text' })));
    }
    problems.clear();
    onDone(pid);
  };

  return (
    <form className="cr-geno-form" onSubmit={submit} noValidate aria-label={person ? t('genogram.room.change', { name: person.name || t('genogram.list.thisPerson') }) : t('genogram.list.addPerson')}>
      <ErrorSummary errors={problems.errors} />
      <Input id={`${id}-name`} label={t('genogram.form.name')} value={f.name} onChange={(e) => set('name', e.target.value)} autoComplete="off" error={problems.errorFor(`${id}-name`)} />
      <Radios
        id={`${id}-gender`}
        legend={t('genogram.form.shownAs')}
        inline
        value={f.gender}
        onChange={(v) => set('gender', v)}
        error={problems.errorFor(`${id}-gender`)}
        items={PERSON_GENDERS.map((g) => ({ value: g, label: t(`genogram.form.gender.${g}`) }))}
      />
      <Select id={`${id}-kind`} label={t('genogram.form.who')} value={f.kind} onChange={(e) => set('kind', e.target.value as PersonFields['kind'])} error={problems.errorFor(`${id}-kind`)}>
        {PERSON_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`genogram.form.kind.${k}`)}
          </option>
        ))}
      </Select>
      <Input
        id={`${id}-born`}
        label={t(f.kind === 'pregnancy' ? 'genogram.form.due' : 'genogram.form.born')}
        hint={t('genogram.form.dateHint')}
        value={f.born}
        onChange={(e) => set('born', e.target.value)}
        inputMode="numeric"
        error={problems.errorFor(`${id}-born`)}
      />
      <Checkbox id={`${id}-deceased`} label={t('genogram.form.deceased')} checked={f.deceased} onChange={(e) => set('deceased', e.target.checked)} />
      {f.deceased ? <Input id={`${id}-died`} label={t('genogram.form.died')} value={f.died} onChange={(e) => set('died', e.target.value)} inputMode="numeric" error={problems.errorFor(`${id}-died`)} /> : null}
      <Select id={`${id}-child`} label={t('genogram.form.isChild', { children })} value={f.childId} onChange={(e) => set('childId', e.target.value)} error={problems.errorFor(`${id}-child`)}>
        <option value="">{t('genogram.form.notChild')}</option>
        {view.children.map((c) => (
          <option key={c.id} value={c.id}>
            {t('genogram.form.yesChild', { name: c.name })}
          </option>
        ))}
      </Select>
      <Select id={`${id}-household`} label={t('genogram.form.livesIn')} value={f.household} onChange={(e) => set('household', e.target.value)} error={problems.errorFor(`${id}-household`)}>
        <option value="">{t('genogram.form.notShown')}</option>
        {view.genogram.households.map((h) => (
          <option key={h.id} value={h.id}>
            {h.label}
          </option>
        ))}
      </Select>
      <Input id={`${id}-note`} label={t('genogram.form.note')} hint={t('genogram.form.noteHint')} value={noteText} onChange={(e) => setNote(e.target.value)} error={problems.errorFor(`${id}-note`)} />
      {!person && view.audience === 'professional' ? (
        <ProfessionalsOnlyCheckbox id={`${id}-restricted`} checked={restricted} onChange={setRestricted} />
      ) : null}
      <FormButtons submitLabel={t(person ? 'genogram.form.save' : 'genogram.form.addPerson')} onCancel={() => onDone(null)} small />
    </form>
  );
}
