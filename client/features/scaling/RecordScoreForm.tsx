import { useEffect, useState, type FormEvent } from 'react';
import { scoreSchema } from '../../../shared/rules/scaling.ts';
import type { ScalingRound } from '../../../shared/schema/project.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Select, TextArea } from '../../components/fields.tsx';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';
import { ScoreButtons } from './ScoreButtons.tsx';
import { useRoleLabel, useScorers } from './scaleText.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { useT } from '../../i18n/useT.tsx';

/**
 * The chair records a score for someone without a device, or from a written report. It is sent
 * to the server like anyone's score (sealed until the reveal) and marked "recorded by the chair".
 * The chair's screen never shows the number back.
 */
export function RecordScoreForm({ round }: { round: ScalingRound }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const queue = useIntents();
  const { recordable: scorers } = useScorers(round);
  const [who, setWho] = useState('');
  const [score, setScore] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState<{ id: string; name: string } | null>(null);
  const status = useIntentStatus(sent?.id ?? null);

  useEffect(() => {
    if (status.state === 'refused') setErrors([{ field: 'record-who', message: t(status.message) }]);
  }, [status, t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const person = scorers.find((s) => s.id === who);
    const parsed = scoreSchema.safeParse({ score, reason: reason.trim() });
    const found: FieldError[] = [];
    if (!person) found.push({ field: 'record-who', message: t('scaling.record.error.who') });
    if (score === null) found.push({ field: 'record-score', message: t('scaling.error.chooseScore') });
    else if (!parsed.success) found.push({ field: 'record-reason', message: t('scaling.error.reasonTooLong') });
    setErrors(found);
    if (found.length || !person || !parsed.success) return;
    const id = queue.send('record_score', { roundId: round.id, attendeeId: person.id, score: parsed.data.score, reason: parsed.data.reason });
    setSent({ id, name: person.name });
    setWho('');
    setScore(null);
    setReason('');
  };

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">{t('scaling.record.title')}</summary>
      <form className="govuk-details__text" onSubmit={submit} noValidate>
        <p className="govuk-body">{t('scaling.record.intro')}</p>
        <ErrorSummary errors={errors} />
        <Select id="record-who" label={t('scaling.record.who')} value={who} onChange={(e) => setWho(e.target.value)} error={errorFor(errors, 'record-who')}>
          <option value="">{t('scaling.record.choosePerson')}</option>
          {scorers.map((s) => (
            <option key={s.id} value={s.id}>
              {[
                t('scaling.record.person', { name: s.name, role: roleLabel(s.role) }),
                s.attendance !== 'present' ? t(`attendance.${s.attendance}` as MessageId) : '',
                s.scored ? t('scaling.record.hasScored') : '',
              ].filter(Boolean).join(' – ')}
            </option>
          ))}
        </Select>
        <ScoreButtons id="record-score" label={t('scaling.record.score')} anchor0={round.anchor0} anchor10={round.anchor10} value={score} onChange={setScore} error={errorFor(errors, 'record-score')} />
        <TextArea id="record-reason" label={t('scaling.record.reason')} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={errorFor(errors, 'record-reason')} />
        <button type="submit" className="govuk-button">
          {t('scaling.record.submit')}
        </button>
        <p className="govuk-body" role="status">
          {sent && status.state === 'waiting' ? (status.retrying ? t('sync.notSentYet') : t('scaling.record.sending', { name: sent.name })) : ''}
          {sent && status.state === 'sent' ? t('scaling.record.sent', { name: sent.name }) : ''}
        </p>
      </form>
    </details>
  );
}
