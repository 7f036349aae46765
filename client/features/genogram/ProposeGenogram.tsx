import { useState, type FormEvent } from 'react';
import { RELATIONSHIP_TYPES, TYPE_LABELS, type RelationshipKind } from '../../../shared/schema/relationship.ts';
import { firstName } from '../../../shared/genogram/words.ts';
import { Radios, Select, TextInput } from '../../components/fields.tsx';
import { useIntents, useIntentStatus } from '../../model/intents.tsx';
import type { GenogramView } from './useGenogram.ts';

type What = 'person' | 'line';

/** A participant suggests a person or a line for the family tree; the chair sees it in the proposals queue. */
export function ProposeGenogram({ view }: { view: GenogramView }) {
  const queue = useIntents();
  const [what, setWhat] = useState<What>('person');
  const [name, setName] = useState('');
  const [gender, setGender] = useState<'female' | 'male' | 'other'>('other');
  const [born, setBorn] = useState('');
  const [kind, setKind] = useState<RelationshipKind>('parent');
  const [type, setType] = useState('birth');
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const status = useIntentStatus(sent);
  const people = view.genogram.people;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (what === 'person') {
      if (!name.trim()) return setError('Write the person’s name');
      setSent(queue.send('propose_person', { person: { name: name.trim(), gender, born: born.trim() } }));
      setName('');
      setBorn('');
    } else {
      if (!a || !b) return setError('Choose both people');
      setSent(queue.send('propose_relationship', { relationship: { kind, a, b, type } }));
    }
    setError(null);
  };
  const pick = (id: string, label: string, value: string, set: (v: string) => void) => (
    <Select id={id} label={label} value={value} onChange={(e) => set(e.target.value)}>
      <option value="">Choose</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name || firstName(p)}
        </option>
      ))}
    </Select>
  );
  return (
    <section className="cr-propose" aria-labelledby="propose-geno-title">
      <h2 className="cr-heading-m" id="propose-geno-title">
        Suggest a change to the family tree
      </h2>
      <form onSubmit={submit} noValidate>
        <Radios id="propose-geno-what" legend="What would you like to add?" value={what} onChange={setWhat} options={[{ value: 'person', label: 'A person' }, { value: 'line', label: 'How two people are related' }]} />
        {what === 'person' ? (
          <>
            <TextInput id="propose-geno-name" label="Their name" value={name} onChange={(e) => setName(e.target.value)} error={error ?? undefined} />
            <Select id="propose-geno-gender" label="Shown as" value={gender} onChange={(e) => setGender(e.target.value as typeof gender)}>
              <option value="female">Female</option>
              <option value="male">Male</option>
              <option value="other">Another gender or not known</option>
            </Select>
            <TextInput id="propose-geno-born" label="Year they were born (if you know)" value={born} onChange={(e) => setBorn(e.target.value)} inputMode="numeric" />
          </>
        ) : (
          <>
            {error ? <p className="cr-error-message">{error}</p> : null}
            <Select id="propose-geno-kind" label="How are they related?" value={kind} onChange={(e) => { const k = e.target.value as RelationshipKind; setKind(k); setType(RELATIONSHIP_TYPES[k][0]!); }}>
              <option value="parent">Parent and child</option>
              <option value="partner">Partners</option>
              <option value="tie">A relationship that matters</option>
            </Select>
            {pick('propose-geno-a', kind === 'parent' ? 'Parent' : 'First person', a, setA)}
            {pick('propose-geno-b', kind === 'parent' ? 'Child' : 'Second person', b, setB)}
            <Select id="propose-geno-type" label="Which" value={type} onChange={(e) => setType(e.target.value)}>
              {RELATIONSHIP_TYPES[kind].map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABELS[t]}
                </option>
              ))}
            </Select>
          </>
        )}
        <button type="submit" className="cr-button cr-button--full">
          Send to the chair
        </button>
      </form>
      <p className="cr-body" role="status">
        {status.state === 'sent' ? 'Sent. The chair will see this and may add it to the family tree.' : status.state === 'waiting' ? 'Kept on this device until it can be sent.' : status.state === 'refused' ? status.message : ''}
      </p>
    </section>
  );
}
