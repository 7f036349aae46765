import { useEffect, useState, type FormEvent } from 'react';
import { scoreSchema } from '../../../shared/rules/scaling.ts';
import type { ScalingRound } from '../../../shared/schema/project.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Select, TextArea } from '../../components/fields.tsx';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';
import { ScoreButtons } from './ScoreButtons.tsx';
import { roleLabel, useScorers } from './scaleText.ts';
import { ATTENDANCE_LABELS, type Attendance } from '../../../shared/schema/roles.ts';
import { NOT_SENT_YET_TEXT } from '../../../shared/schema/syncStatus.ts';

/**
 * The chair records a score for someone without a device, or from a written report. It is sent
 * to the server like anyone's score (sealed until the reveal) and marked "recorded by the chair".
 * The chair's screen never shows the number back.
 */
export function RecordScoreForm({ round }: { round: ScalingRound }) {
  const queue = useIntents();
  const { recordable: scorers } = useScorers(round);
  const [who, setWho] = useState('');
  const [score, setScore] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState<{ id: string; name: string } | null>(null);
  const status = useIntentStatus(sent?.id ?? null);

  useEffect(() => {
    if (status.state === 'refused') setErrors([{ field: 'record-who', message: status.message }]);
  }, [status]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const person = scorers.find((s) => s.id === who);
    const parsed = scoreSchema.safeParse({ score, reason: reason.trim() });
    const found: FieldError[] = [];
    if (!person) found.push({ field: 'record-who', message: 'Choose whose score this is' });
    if (score === null) found.push({ field: 'record-score', message: 'Choose a number from 0 to 10' });
    else if (!parsed.success) found.push({ field: 'record-reason', message: parsed.error.issues[0]?.message ?? 'Check the reason' });
    setErrors(found);
    if (found.length || !person || !parsed.success) return;
    const id = queue.send('record_score', { roundId: round.id, attendeeId: person.id, score: parsed.data.score, reason: parsed.data.reason });
    setSent({ id, name: person.name });
    setWho('');
    setScore(null);
    setReason('');
  };

  return (
    <details className="cr-details">
      <summary className="cr-details__summary">Record a score for someone</summary>
      <form className="cr-details__text" onSubmit={submit} noValidate>
        <p className="cr-body">For someone without a device, or a score from a written report. It is kept sealed with everyone else’s and marked “recorded by the chair”.</p>
        <ErrorSummary errors={errors} />
        <Select id="record-who" label="Whose score is it?" value={who} onChange={(e) => setWho(e.target.value)} error={errorFor(errors, 'record-who')}>
          <option value="">Choose a person</option>
          {scorers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({roleLabel(s.role)}){s.attendance !== 'present' ? ` – ${ATTENDANCE_LABELS[s.attendance as Attendance] ?? s.attendance}` : ''}{s.scored ? ' – has scored; this replaces it' : ''}
            </option>
          ))}
        </Select>
        <ScoreButtons id="record-score" label="Their score" anchor0={round.anchor0} anchor10={round.anchor10} value={score} onChange={setScore} error={errorFor(errors, 'record-score')} />
        <TextArea id="record-reason" label="Their reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={errorFor(errors, 'record-reason')} />
        <button type="submit" className="cr-button">
          Record this score
        </button>
        <p className="cr-body" role="status">
          {sent && status.state === 'waiting' ? (status.retrying ? NOT_SENT_YET_TEXT : `Sending the score for ${sent.name}…`) : ''}
          {sent && status.state === 'sent' ? `Score recorded for ${sent.name} (recorded by the chair).` : ''}
        </p>
      </form>
    </details>
  );
}
