import { useEffect, useState, type FormEvent } from 'react';
import { scoreSchema } from '../../../shared/rules/scaling.ts';
import type { ScalingRound } from '../../../shared/schema/project.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { useConnectionStatus } from '../../model/hooks.ts';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { useMyScores } from '../../state/myScores.ts';
import { ScoreButtons } from './ScoreButtons.tsx';
import { NOT_SENT_YET_TEXT } from '../../../shared/schema/syncStatus.ts';

/**
 * Choose 0–10, say why, send. What was chosen stays on screen; the confirmation says the number
 * sent (remembered on this device only: scores are sealed until the chair shows them).
 */
export function ParticipantScoreForm({ round }: { round: ScalingRound }) {
  const { me } = useRoom();
  const queue = useIntents();
  const sent = useMyScores((s) => s.byRound[round.id]);
  const { remember, forget } = useMyScores.getState();
  const [score, setScore] = useState<number | null>(sent?.score ?? null);
  const [reason, setReason] = useState(sent?.reason ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const status = useIntentStatus(sent?.intentId ?? null);
  const link = useConnectionStatus((c) => c.link);
  const scoredBefore = me.attendeeId !== null && round.scored.includes(me.attendeeId);

  // A refused score (for example, scaling closed as it was sent) is forgotten; the choice stays in the form.
  useEffect(() => {
    if (status.state === 'refused' && sent) {
      setErrors([{ field: 'my-score', message: status.message }]);
      forget(round.id, sent.intentId);
    }
  }, [status, sent, forget, round.id]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = scoreSchema.safeParse({ score, reason: reason.trim() });
    if (score === null || !parsed.success) {
      const found: FieldError[] = [];
      if (score === null) found.push({ field: 'my-score', message: 'Choose a number from 0 to 10' });
      else found.push({ field: 'my-score-reason', message: parsed.error?.issues[0]?.message ?? 'Check what you wrote' });
      setErrors(found);
      return;
    }
    setErrors([]);
    const intentId = queue.send('submit_score', { roundId: round.id, score: parsed.data.score, reason: parsed.data.reason });
    remember(round.id, { score: parsed.data.score, reason: parsed.data.reason, intentId });
  };

  const changed = sent !== undefined && (score !== sent.score || reason.trim() !== sent.reason);
  let message = '';
  if (sent && changed) message = `You have changed your score. Send it to replace your score of ${sent.score}.`;
  else if (sent && status.state === 'waiting')
    message = link === 'connected' ? (status.retrying ? `${NOT_SENT_YET_TEXT}. Your score of ${sent.score} is kept on this device.` : 'Sending your score…') : `You’re offline. Your score of ${sent.score} is kept on this device and will be sent when you reconnect.`;
  else if (sent && status.state === 'sent') message = `Your score of ${sent.score} has been sent. You can change it until the chair closes scaling.`;
  else if (!sent && scoredBefore) message = 'You have sent a score. You can send a new one until the chair closes scaling.';

  return (
    <form className="cr-score-form" onSubmit={submit} noValidate aria-labelledby="my-score-label">
      <ErrorSummary errors={errors} />
      <ScoreButtons
        id="my-score"
        label="Your score"
        anchor0={round.anchor0}
        anchor10={round.anchor10}
        value={score}
        onChange={setScore}
        error={errorFor(errors, 'my-score')}
      />
      <TextArea
        id="my-score-reason"
        label="Why did you choose this number?"
        hint="Say what makes it this number and not lower or higher."
        rows={4}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errorFor(errors, 'my-score-reason')}
      />
      <button type="submit" className="cr-button cr-button--full">
        Send my score
      </button>
      <div role="status" className={message && status.state === 'sent' && !changed ? 'cr-confirmation' : 'cr-score-form__status'}>
        {message ? <p className="cr-body">{message}</p> : null}
      </div>
    </form>
  );
}
