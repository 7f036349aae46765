import { useState, type FormEvent } from 'react';
import { CHILD_SCALE, childScaleSchema } from '../../../shared/rules/childVoice.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';
import { ScoreButtons } from '../scaling/ScoreButtons.tsx';

/** CV1/CV2: the child's own scale, from their phone while they are here, or entered by their advocate (marked so). */
export function ChildScaleForm({ child, first, onBehalf }: { child: { id: string }; first: string; onBehalf: boolean }) {
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
      setErrors([{ field: prefix, message: score === null ? 'Choose a number from 0 to 10' : (parsed.error.issues[0]?.message ?? 'Check what you wrote') }]);
      return;
    }
    setErrors([]);
    setSentId(queue.send('child_scale', parsed.data));
  };

  return (
    <form className="cr-child-form" onSubmit={submit} noValidate>
      <h4 className="cr-heading-s">{onBehalf ? `${first}’s own score` : 'Your own score'}</h4>
      <p className="cr-body">{onBehalf ? `Ask ${first}: ${CHILD_SCALE.question.toLowerCase()}` : CHILD_SCALE.question}</p>
      <ErrorSummary errors={errors} />
      <ScoreButtons id={prefix} label={onBehalf ? `${first}’s score` : 'Your score'} anchor0={CHILD_SCALE.anchor0} anchor10={CHILD_SCALE.anchor10} value={score} onChange={setScore} error={errorFor(errors, prefix)} />
      <TextArea id={`${prefix}-words`} label={onBehalf ? `Why, in ${first}’s words (optional)` : 'Why? (optional)'} rows={3} value={words} onChange={(e) => setWords(e.target.value)} />
      <button type="submit" className="cr-button cr-button--full">
        {onBehalf ? `Send ${first}’s score` : 'Send my score'}
      </button>
      <p className="cr-body" role="status">
        {status.state === 'waiting' && sentId ? 'Sending…' : ''}
        {status.state === 'sent' ? (onBehalf ? `${first}’s score has been sent, marked as entered by you.` : 'Your score has been sent.') : ''}
        {status.state === 'refused' ? status.message : ''}
      </p>
    </form>
  );
}
