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
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import { useT } from '../../i18n/useT.tsx';

/**
 * Choose 0–10, say why, send. What was chosen stays on screen; the confirmation says the number
 * sent (remembered on this device only: scores are sealed until the chair shows them).
 */
export function ParticipantScoreForm({ round }: { round: ScalingRound }) {
  const t = useT();
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
      setErrors([{ field: 'my-score', message: t(status.message) }]);
      forget(round.id, sent.intentId);
    }
  }, [status, sent, forget, round.id, t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = scoreSchema.safeParse({ score, reason: reason.trim() });
    if (score === null || !parsed.success) {
      const found: FieldError[] = [];
      if (score === null) found.push({ field: 'my-score', message: t('scaling.error.chooseScore') });
      else found.push({ field: 'my-score-reason', message: t('scaling.error.reasonTooLong') });
      setErrors(found);
      return;
    }
    setErrors([]);
    const intentId = queue.send('submit_score', { roundId: round.id, score: parsed.data.score, reason: parsed.data.reason });
    remember(round.id, { score: parsed.data.score, reason: parsed.data.reason, intentId });
  };

  const changed = sent !== undefined && (score !== sent.score || reason.trim() !== sent.reason);
  let message: Msg | null = null;
  if (sent && changed) message = msg('scaling.mine.changed', { score: sent.score });
  else if (sent && status.state === 'waiting')
    message = link === 'connected' ? (status.retrying ? msg('scaling.mine.notSentYet', { score: sent.score }) : msg('scaling.mine.sending')) : msg('scaling.mine.offline', { score: sent.score });
  else if (sent && status.state === 'sent') message = msg('scaling.mine.sent', { score: sent.score });
  else if (!sent && scoredBefore) message = msg('scaling.mine.sentBefore');

  return (
    <form className="cr-score-form" onSubmit={submit} noValidate aria-labelledby="my-score-label">
      <ErrorSummary errors={errors} />
      <ScoreButtons
        id="my-score"
        label={t('scaling.mine.label')}
        anchor0={round.anchor0}
        anchor10={round.anchor10}
        value={score}
        onChange={setScore}
        error={errorFor(errors, 'my-score')}
      />
      <TextArea
        id="my-score-reason"
        label={t('scaling.mine.reason')}
        hint={t('scaling.mine.reasonHint')}
        rows={4}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errorFor(errors, 'my-score-reason')}
      />
      <button type="submit" className="govuk-button cr-button--full">
        {t('scaling.mine.send')}
      </button>
      <div role="status" className={message && status.state === 'sent' && !changed ? 'cr-confirmation' : 'cr-score-form__status'}>
        {message ? <p className="govuk-body">{t(message)}</p> : null}
      </div>
    </form>
  );
}
