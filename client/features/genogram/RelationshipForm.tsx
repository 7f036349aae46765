import { useState, type FormEvent } from 'react';
import { addRelationship } from '../../../shared/commands/relationships.ts';
import { RELATIONSHIP_TYPES, TYPE_LABELS, type RelationshipKind } from '../../../shared/schema/relationship.ts';
import { firstName } from '../../../shared/genogram/words.ts';
import { Select, TextInput } from '../../components/fields.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useCommand } from '../../model/hooks.ts';
import type { GenogramView } from './useGenogram.ts';
import { useT } from '../../i18n/useT.tsx';

const KIND_WORDS: Record<RelationshipKind, [string, string]> = {
  partner: ['Partners', 'and'],
  parent: ['Parent and child', 'is a parent of'],
  twin: ['Twins', 'and'],
  tie: ['A relationship that matters (close, conflict…)', 'and'],
};

/** Draw a line between two people by keyboard: who, what kind, and how. Refused lines say why. */
export function RelationshipForm({ view, from, onDone }: { view: GenogramView; from?: string; onDone: () => void }) {
  const t = useT();
  const run = useCommand(addRelationship);
  const [kind, setKind] = useState<RelationshipKind>('partner');
  const [a, setA] = useState(from ?? '');
  const [b, setB] = useState('');
  const [type, setType] = useState<string>(RELATIONSHIP_TYPES.partner[0]!);
  const [since, setSince] = useState('');
  const [error, setError] = useState<string | null>(null);
  const people = view.genogram.people;
  const id = `rel-${from ?? 'new'}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!a || !b) return setError('Choose both people');
    const r = run({ kind, a, b, type, since });
    if (!r.ok) return setError(r.reasons.map((x) => t(x)).join(' '));
    setError(null);
    onDone();
  };
  const personSelect = (sid: string, label: string, value: string, set: (v: string) => void) => (
    <Select id={sid} label={label} value={value} onChange={(e) => set(e.target.value)}>
      <option value="">Choose</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name || firstName(p)}
        </option>
      ))}
    </Select>
  );
  return (
    <form className="cr-geno-form" onSubmit={submit} noValidate aria-label="Draw a line between two people">
      {error ? (
        <p className="cr-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <Select
        id={`${id}-kind`}
        label="What kind of line"
        value={kind}
        onChange={(e) => {
          const k = e.target.value as RelationshipKind;
          setKind(k);
          setType(RELATIONSHIP_TYPES[k][0]!);
        }}
      >
        {(Object.keys(KIND_WORDS) as RelationshipKind[]).map((k) => (
          <option key={k} value={k}>
            {KIND_WORDS[k][0]}
          </option>
        ))}
      </Select>
      {personSelect(`${id}-a`, kind === 'parent' ? 'Parent' : kind === 'tie' ? 'From' : 'First person', a, setA)}
      {personSelect(`${id}-b`, kind === 'parent' ? 'Child' : kind === 'tie' ? 'To' : 'Second person', b, setB)}
      <Select id={`${id}-type`} label="How" value={type} onChange={(e) => setType(e.target.value)}>
        {RELATIONSHIP_TYPES[kind].map((t) => (
          <option key={t} value={t}>
            {TYPE_LABELS[t]}
          </option>
        ))}
      </Select>
      {kind === 'partner' || kind === 'tie' ? <TextInput id={`${id}-since`} label="When (optional)" hint="For example “married 2014, separated 2017”" value={since} onChange={(e) => setSince(e.target.value)} /> : null}
      <FormButtons submitLabel="Draw the line" onCancel={onDone} small />
    </form>
  );
}
