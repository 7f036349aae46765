import { useState, type FormEvent } from 'react';
import { addRelationship } from '../../../shared/commands/relationships.ts';
import { RELATIONSHIP_KINDS, RELATIONSHIP_TYPES, type RelationshipKind } from '../../../shared/schema/relationship.ts';
import { firstName } from '../../../shared/genogram/words.ts';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useCommand } from '../../model/hooks.ts';
import type { GenogramView } from './useGenogram.ts';
import { useFormProblems, type Problem } from './useFormProblems.ts';
import { LINE_ENDS } from './lineEnds.ts';
import { useCurrentLocale, useT } from '../../i18n/useT.tsx';
import type { MessageId } from '../../../shared/i18n/messages.ts';

/** Draw a line between two people by keyboard: who, what kind, and how. Refused lines say why. */
export function RelationshipForm({ view, from, onDone }: { view: GenogramView; from?: string; onDone: () => void }) {
  const t = useT();
  const locale = useCurrentLocale();
  const run = useCommand(addRelationship);
  const [kind, setKind] = useState<RelationshipKind>('partner');
  const [a, setA] = useState(from ?? '');
  const [b, setB] = useState('');
  const [type, setType] = useState<string>(RELATIONSHIP_TYPES.partner[0]!);
  const [since, setSince] = useState('');
  const people = view.genogram.people;
  const id = `rel-${from ?? 'new'}`;
  const problems = useFormProblems({ kind: `${id}-kind`, a: `${id}-a`, b: `${id}-b`, type: `${id}-type`, since: `${id}-since` }, `${id}-b`);
  const [endA, endB] = LINE_ENDS[kind];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Problem[] = [];
    if (!a) missing.push({ field: `${id}-a`, msg: { id: 'genogram.form.line.chooseEnd', values: { end: endA } } });
    if (!b) missing.push({ field: `${id}-b`, msg: { id: 'genogram.form.line.chooseEnd', values: { end: endB } } });
    if (missing.length) return problems.set(missing);
    const r = run({ kind, a, b, type, since });
    if (!r.ok) return problems.fromReasons(r.reasons);
    problems.clear();
    onDone();
  };
  const personSelect = (end: 'a' | 'b', value: string, set: (v: string) => void) => (
    <Select id={`${id}-${end}`} label={t('genogram.form.line.end', { end: end === 'a' ? endA : endB })} value={value} onChange={(e) => set(e.target.value)} error={problems.errorFor(`${id}-${end}`)}>
      <option value="">{t('genogram.form.choose')}</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name || firstName(p, locale)}
        </option>
      ))}
    </Select>
  );
  return (
    <form className="cr-geno-form" onSubmit={submit} noValidate aria-label={t('genogram.form.line.title')}>
      <ErrorSummary errors={problems.errors} />
      <Select
        id={`${id}-kind`}
        label={t('genogram.form.line.kind')}
        value={kind}
        error={problems.errorFor(`${id}-kind`)}
        onChange={(e) => {
          const k = e.target.value as RelationshipKind;
          setKind(k);
          setType(RELATIONSHIP_TYPES[k][0]!);
        }}
      >
        {RELATIONSHIP_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`genogram.form.line.kindOption.${k}`)}
          </option>
        ))}
      </Select>
      {personSelect('a', a, setA)}
      {personSelect('b', b, setB)}
      <Select id={`${id}-type`} label={t('genogram.form.line.how')} value={type} onChange={(e) => setType(e.target.value)} error={problems.errorFor(`${id}-type`)}>
        {RELATIONSHIP_TYPES[kind].map((x) => (
          <option key={x} value={x}>
            {t(`genogram.type.${x}` as MessageId)}
          </option>
        ))}
      </Select>
      {kind === 'partner' || kind === 'tie' ? (
        <Input id={`${id}-since`} label={t('genogram.form.line.since')} hint={t('genogram.form.line.sinceHint')} value={since} onChange={(e) => setSince(e.target.value)} error={problems.errorFor(`${id}-since`)} />
      ) : null}
      <FormButtons submitLabel={t('genogram.form.line.submit')} onCancel={onDone} small />
    </form>
  );
}
