import { useState, type FormEvent } from 'react';
import { CHILD_SCALE, childScaleSchema } from '../../../shared/rules/childVoice.ts';
import { useT } from '../../i18n/useT.tsx';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';
import { ScoreButtons } from '../scaling/ScoreButtons.tsx';

/** CV1/CV2: the child's own scale, from their phone while they are here, or entered by their advocate (marked so). */
export function ChildScaleForm({ child, first, onBehalf }: { child: { id: string }; first: string; onBehalf: boolean }) {
  const t = useT();
  const queue = useIntents();
  const [score, setScore] = useState<number | null>(null);
  const [words, setWords] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sentId, setSentId] = useState<string | null>(null);
  const status = useIntentStatus(sentId);
  const prefix = `child-scale-${child.id}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = childScaleSchema.safeParse({ childId: child.id, score, words: words.trim() });
    if (!parsed.success) {
      setErrors([{ field: prefix, message: t(score === null ? 'scaling.error.chooseScore' : 'scaling.error.reasonTooLong') }]);
      return;
    }
    setErrors([]);
    setSentId(queue.send('child_scale', parsed.data));
  };

  return (
    <form className="cr-child-form" onSubmit={submit} noValidate>
      <h4 className="govuk-heading-s">{onBehalf ? t('childVoice.scaleForm.titleFor', { name: first }) : t('childVoice.scaleForm.title')}</h4>
      <p className="govuk-body">{onBehalf ? t('childVoice.scaleForm.ask', { name: first }) : t(CHILD_SCALE.question)}</p>
      <ErrorSummary errors={errors} />
      <ScoreButtons id={prefix} label={onBehalf ? t('childVoice.scaleForm.scoreFor', { name: first }) : t('scaling.mine.label')} anchor0={t(CHILD_SCALE.anchor0)} anchor10={t(CHILD_SCALE.anchor10)} value={score} onChange={setScore} error={errorFor(errors, prefix)} />
      <TextArea id={`${prefix}-words`} label={onBehalf ? t('childVoice.scaleForm.whyFor', { name: first }) : t('childVoice.scaleForm.why')} rows={3} value={words} onChange={(e) => setWords(e.target.value)} />
      <button type="submit" className="govuk-button cr-button--full">
        {onBehalf ? t('childVoice.scaleForm.sendFor', { name: first }) : t('scaling.mine.send')}
      </button>
      <p className="govuk-body" role="status">
        {status.state === 'waiting' && sentId ? t('views.form.sending') : ''}
        {status.state === 'sent' ? (onBehalf ? t('childVoice.scaleForm.sentFor', { name: first }) : t('childVoice.scaleForm.sent')) : ''}
        {status.state === 'refused' ? t(status.message) : ''}
      </p>
    </form>
  );
}
