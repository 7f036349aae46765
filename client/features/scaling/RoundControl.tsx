import { useEffect, useState } from 'react';
import type { ScalingRound } from '../../../shared/schema/project.ts';
import { Tag } from '../../components/Tag.tsx';
import { useCanEdit, useCommand } from '../../model/hooks.ts';
import { useIntentStatus, useIntents } from '../../model/intents.tsx';
import { closeRoundIn } from './commands.ts';
import { DotPlot } from './DotPlot.tsx';
import { RecordScoreForm } from './RecordScoreForm.tsx';
import { ScaleSummary } from './ScaleSummary.tsx';
import { ScoredList } from './ScoredList.tsx';
import { ScoreResults } from './ScoreResults.tsx';
import { NOT_SENT_YET_TEXT } from '../../../shared/schema/syncStatus.ts';

const STATUS = {
  open: { text: 'Scoring is open', colour: 'green' },
  closed: { text: 'Scoring is closed', colour: 'yellow' },
  revealed: { text: 'Scores shown', colour: 'blue' },
} as const;

/** The round on screen, for the chair: who has scored, record for someone, close, reveal, then the results. */
export function RoundControl({ round, number }: { round: ScalingRound; number: number }) {
  const canEdit = useCanEdit();
  const runClose = useCommand(closeRoundIn);
  const queue = useIntents();
  const [revealId, setRevealId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reveal = useIntentStatus(revealId);
  useEffect(() => {
    if (reveal.state === 'refused') setError(reveal.message);
  }, [reveal]);
  const status = STATUS[round.status];

  return (
    <section className="cr-round" aria-labelledby="round-title">
      <h2 className="cr-heading-m" id="round-title">
        Scaling question {number} <Tag colour={status.colour}>{status.text}</Tag>
      </h2>
      <ScaleSummary round={round} />
      {error ? (
        <p className="cr-error-message" role="alert">
          {error}
        </p>
      ) : null}
      {round.status !== 'revealed' ? <ScoredList round={round} /> : null}
      {round.status === 'open' && canEdit ? (
        <>
          <RecordScoreForm key={round.id} round={round} />
          <p className="cr-body">When everyone has scored, close scaling. Nobody can change their score after that.</p>
          <button type="button" className="cr-button" onClick={() => setError(runClose(round.id).ok ? null : 'Scaling could not be closed. Try again.')}>
            Close scaling
          </button>
        </>
      ) : null}
      {round.status === 'closed' && canEdit ? (
        <>
          <p className="cr-body">The scores are sealed. Revealing shows every score and reason on every screen at once.</p>
          <button type="button" className="cr-button" disabled={reveal.state === 'waiting'} onClick={() => setRevealId(queue.send('reveal_scores', { roundId: round.id }))}>
            Reveal scores
          </button>
          <p className="cr-body" role="status">
            {reveal.state === 'waiting' ? (reveal.retrying ? NOT_SENT_YET_TEXT : 'Revealing the scores…') : ''}
          </p>
        </>
      ) : null}
      {round.status === 'revealed' ? (
        <>
          <p className="cr-body cr-hint">On the projector, Page Down shows everyone’s reasons after the plot.</p>
          <DotPlot round={round} size="screen" />
          <ScoreResults round={round} showEveryone />
        </>
      ) : null}
    </section>
  );
}
