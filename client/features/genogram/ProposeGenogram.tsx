import { useState, type FormEvent } from 'react';
import { PERSON_GENDERS } from '../../../shared/schema/person.ts';
import { RELATIONSHIP_TYPES, type RelationshipKind } from '../../../shared/schema/relationship.ts';
import { firstName } from '../../../shared/genogram/words.ts';
import { usesMessages, type MessageId } from '../../../shared/i18n/messages.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Radios } from '../../components/govuk/Radios.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { useIntents, useIntentStatus } from '../../model/intents.tsx';
import type { GenogramView } from './useGenogram.ts';
import { LINE_ENDS } from './lineEnds.ts';
import { useFormProblems, type Problem } from './useFormProblems.ts';
import { useCurrentLocale, useT } from '../../i18n/useT.tsx';

// The server refuses a proposal with these (shared/commands/intake.ts).
usesMessages('commands.intake.');

type What = 'person' | 'line';
const PROPOSED_KINDS = ['parent', 'partner', 'tie'] as const satisfies readonly RelationshipKind[];

/** A participant suggests a person or a line for the family tree; the chair sees it in the proposals queue. */
export function ProposeGenogram({ view }: { view: GenogramView }) {
  const t = useT();
  const locale = useCurrentLocale();
  const queue = useIntents();
  const [what, setWhat] = useState<What>('person');
  const [name, setName] = useState('');
  const [gender, setGender] = useState<'female' | 'male' | 'other'>('other');
  const [born, setBorn] = useState('');
  const [kind, setKind] = useState<(typeof PROPOSED_KINDS)[number]>('parent');
  const [type, setType] = useState('birth');
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const problems = useFormProblems({ name: 'propose-geno-name', gender: 'propose-geno-gender', born: 'propose-geno-born', kind: 'propose-geno-kind', a: 'propose-geno-a', b: 'propose-geno-b', type: 'propose-geno-type' }, '');
  const [sent, setSent] = useState<string | null>(null);
  const status = useIntentStatus(sent);
  const people = view.genogram.people;
  const [endA, endB] = kind === 'parent' ? LINE_ENDS.parent : LINE_ENDS.partner;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (what === 'person') {
      if (!name.trim()) return problems.set([{ field: 'propose-geno-name', msg: { id: 'genogram.propose.error.name' } }]);
      setSent(queue.send('propose_person', { person: { name: name.trim(), gender, born: born.trim() } }));
      setName('');
      setBorn('');
    } else {
      const missing: Problem[] = [];
      if (!a) missing.push({ field: 'propose-geno-a', msg: { id: 'genogram.form.line.chooseEnd', values: { end: endA } } });
      if (!b) missing.push({ field: 'propose-geno-b', msg: { id: 'genogram.form.line.chooseEnd', values: { end: endB } } });
      if (missing.length) return problems.set(missing);
      setSent(queue.send('propose_relationship', { relationship: { kind, a, b, type } }));
    }
    problems.clear();
  };
  const pick = (end: 'a' | 'b', value: string, set: (v: string) => void) => (
    <Select id={`propose-geno-${end}`} label={t('genogram.form.line.end', { end: end === 'a' ? endA : endB })} value={value} onChange={(e) => set(e.target.value)} error={problems.errorFor(`propose-geno-${end}`)}>
      <option value="">{t('genogram.form.choose')}</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name || firstName(p, locale)}
        </option>
      ))}
    </Select>
  );
  return (
    <section className="cr-propose" aria-labelledby="propose-geno-title">
      <h2 className="govuk-heading-m" id="propose-geno-title">
        {t('genogram.propose.title')}
      </h2>
      <ErrorSummary errors={problems.errors} id="propose-geno-error-summary" />
      <form onSubmit={submit} noValidate>
        <Radios
          id="propose-geno-what"
          legend={t('genogram.propose.what')}
          value={what}
          onChange={(v) => {
            setWhat(v);
            problems.clear();
          }}
          items={[
            { value: 'person', label: t('genogram.form.kind.person') },
            { value: 'line', label: t('genogram.propose.line') },
          ]}
        />
        {what === 'person' ? (
          <>
            <Input id="propose-geno-name" label={t('genogram.propose.name')} value={name} onChange={(e) => setName(e.target.value)} error={problems.errorFor('propose-geno-name')} />
            <Select id="propose-geno-gender" label={t('genogram.form.shownAs')} value={gender} onChange={(e) => setGender(e.target.value as typeof gender)}>
              {PERSON_GENDERS.map((g) => (
                <option key={g} value={g}>
                  {t(`genogram.propose.gender.${g}`)}
                </option>
              ))}
            </Select>
            <Input id="propose-geno-born" label={t('genogram.propose.born')} value={born} onChange={(e) => setBorn(e.target.value)} inputMode="numeric" error={problems.errorFor('propose-geno-born')} />
          </>
        ) : (
          <>
            <Select
              id="propose-geno-kind"
              label={t('genogram.propose.kind')}
              value={kind}
              onChange={(e) => {
                const k = e.target.value as (typeof PROPOSED_KINDS)[number];
                setKind(k);
                setType(RELATIONSHIP_TYPES[k][0]!);
              }}
            >
              {PROPOSED_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(k === 'tie' ? 'genogram.propose.kindTie' : `genogram.form.line.kindOption.${k}`)}
                </option>
              ))}
            </Select>
            {pick('a', a, setA)}
            {pick('b', b, setB)}
            <Select id="propose-geno-type" label={t('genogram.propose.which')} value={type} onChange={(e) => setType(e.target.value)}>
              {RELATIONSHIP_TYPES[kind].map((x) => (
                <option key={x} value={x}>
                  {t(`genogram.type.${x}` as MessageId)}
                </option>
              ))}
            </Select>
          </>
        )}
        <Button type="submit" className="cr-button--full">
          {t('genogram.propose.submit')}
        </Button>
      </form>
      <p className="govuk-body" role="status">
        {status.state === 'sent' ? t('genogram.propose.sent') : status.state === 'waiting' ? t('genogram.propose.kept') : status.state === 'refused' ? t(status.message) : ''}
      </p>
    </section>
  );
}
