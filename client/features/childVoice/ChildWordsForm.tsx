import { useState, type FormEvent } from 'react';
import { HOUSES, childWordsSchema, houseTitle, type House } from '../../../shared/rules/childVoice.ts';
import { useT } from '../../i18n/useT.tsx';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Radios, TextArea } from '../../components/fields.tsx';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';

/** CV1/CV2: the child (or their advocate, marked so) adds words to one of the child's houses. */
export function ChildWordsForm({ child, first, onBehalf }: { child: { id: string }; first: string; onBehalf: boolean }) {
  const t = useT();
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
    if (!house) found.push({ field: `${prefix}-house`, message: t('childVoice.words.error.house') });
    if (!parsed.success && house) found.push({ field: `${prefix}-text`, message: t(text.trim() ? 'childVoice.words.error.tooLong' : 'childVoice.words.error.empty') });
    setErrors(found);
    if (found.length || !parsed.success) return;
    setSent({ id: queue.send('child_words', parsed.data), house: parsed.data.house });
    setText('');
  };

  return (
    <form className="cr-child-form" onSubmit={submit} noValidate>
      <h4 className="govuk-heading-s">{onBehalf ? t('childVoice.words.titleFor', { name: first }) : t('childVoice.words.title')}</h4>
      {onBehalf ? <p className="govuk-hint">{t('childVoice.words.hintFor', { name: first })}</p> : null}
      <ErrorSummary errors={errors} />
      <Radios
        id={`${prefix}-house`}
        legend={t('childVoice.words.which')}
        options={HOUSES.map((h) => ({ value: h, label: t(houseTitle(h)) }))}
        value={house}
        onChange={setHouse}
        error={errorFor(errors, `${prefix}-house`)}
      />
      <TextArea id={`${prefix}-text`} label={onBehalf ? t('childVoice.words.labelFor', { name: first }) : t('childVoice.words.label')} rows={3} value={text} onChange={(e) => setText(e.target.value)} error={errorFor(errors, `${prefix}-text`)} />
      <button type="submit" className="govuk-button cr-button--full">
        {onBehalf ? t('childVoice.words.submitFor', { name: first }) : t('childVoice.words.submit')}
      </button>
      <p className="govuk-body" role="status">
        {sent && status.state === 'waiting' ? t('views.form.sending') : ''}
        {sent && status.state === 'sent' ? (onBehalf ? t('childVoice.words.addedFor', { name: first, house: sent.house }) : t('childVoice.words.added', { house: sent.house })) : ''}
        {sent && status.state === 'refused' ? t(status.message) : ''}
      </p>
    </form>
  );
}
