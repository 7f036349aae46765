import { useState, type FormEvent } from 'react';
import { HOUSES, HOUSE_TITLES, childWordsSchema, type House } from '../../../shared/rules/childVoice.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Radios, TextArea } from '../../components/fields.tsx';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';

/** CV1/CV2: the child (or their advocate, marked so) adds words to one of the child's houses. */
export function ChildWordsForm({ child, first, onBehalf }: { child: { id: string }; first: string; onBehalf: boolean }) {
  const queue = useIntents();
  const [house, setHouse] = useState<House | ''>('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState<{ id: string; house: House } | null>(null);
  const status = useIntentStatus(sent?.id ?? null);
  const prefix = `words-${child.id}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = childWordsSchema.safeParse({ childId: child.id, house, text });
    const found: FieldError[] = [];
    if (!house) found.push({ field: `${prefix}-house`, message: 'Choose which house this goes in' });
    if (!parsed.success && house) found.push({ field: `${prefix}-text`, message: parsed.error.issues[0]?.message ?? 'Write something first' });
    setErrors(found);
    if (found.length || !parsed.success) return;
    setSent({ id: queue.send('child_words', parsed.data), house: parsed.data.house });
    setText('');
  };

  return (
    <form className="cr-child-form" onSubmit={submit} noValidate>
      <h4 className="cr-heading-s">{onBehalf ? `Add ${first}’s words` : 'Add your words'}</h4>
      {onBehalf ? <p className="cr-hint">Write what {first} said, in their words. It is shown as entered by you on {first}’s behalf.</p> : null}
      <ErrorSummary errors={errors} />
      <Radios
        id={`${prefix}-house`}
        legend="Which house?"
        options={HOUSES.map((h) => ({ value: h, label: HOUSE_TITLES[h] }))}
        value={house}
        onChange={setHouse}
        error={errorFor(errors, `${prefix}-house`)}
      />
      <TextArea id={`${prefix}-text`} label={onBehalf ? `${first}’s words` : 'Your words'} rows={3} value={text} onChange={(e) => setText(e.target.value)} error={errorFor(errors, `${prefix}-text`)} />
      <button type="submit" className="cr-button cr-button--full">
        {onBehalf ? `Add to ${first}’s house` : 'Add to my house'}
      </button>
      <p className="cr-body" role="status">
        {sent && status.state === 'waiting' ? 'Sending…' : ''}
        {sent && status.state === 'sent' ? `Added to ${onBehalf ? `${first}’s` : 'your'} ${HOUSE_TITLES[sent.house].toLowerCase()}.` : ''}
        {sent && status.state === 'refused' ? status.message : ''}
      </p>
    </form>
  );
}
