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
import { useT } from '../../i18n/useT.tsx';
import { useTrend } from '../review/TrendFigure.tsx';
import { usesMessages } from '../../../shared/i18n/messages.ts';

// The server refuses to show the scores with these (shared/commands/scaling.ts).
usesMessages('commands.scaling.');

const COLOUR = { open: 'green', closed: 'yellow', revealed: 'blue' } as const;

/** The round on screen, for the chair: who has scored, record for someone, close, reveal, then the results. */
export function RoundControl({ round, number }: { round: ScalingRound; number: number }) {
  const t = useT();
  const canEdit = useCanEdit();
  const runClose = useCommand(closeRoundIn);
  const queue = useIntents();
  const [revealId, setRevealId] = useState<string | null>(null);
  // A refusal from the server as it came, or our own message by id (translated when shown).
  const [error, setError] = useState<string | 'closeFailed' | null>(null);
  const reveal = useIntentStatus(revealId);
  // TR5: at a review the projector shows the trend on the pages after the plot.
  const trend = useTrend();
  useEffect(() => {
    if (reveal.state === 'refused') setError(t(reveal.message));
  }, [reveal, t]);

  return (
    <section className="cr-round" aria-labelledby="round-title">
      <h2 className="govuk-heading-m" id="round-title">
        {t('scaling.round.title', { number })} <Tag colour={COLOUR[round.status]}>{t(`scaling.round.status.${round.status}`)}</Tag>
      </h2>
      <ScaleSummary round={round} />
      {error ? (
        <p className="govuk-error-message" role="alert">
          {error === 'closeFailed' ? t('scaling.round.closeFailed') : error}
        </p>
      ) : null}
      {round.status !== 'revealed' ? <ScoredList round={round} /> : null}
      {round.status === 'open' && canEdit ? (
        <>
          <RecordScoreForm key={round.id} round={round} />
          <p className="govuk-body">{t('scaling.round.closeHint')}</p>
          <button type="button" className="govuk-button" onClick={() => setError(runClose(round.id).ok ? null : 'closeFailed')}>
            {t('scaling.round.close')}
          </button>
        </>
      ) : null}
      {round.status === 'closed' && canEdit ? (
        <>
          <p className="govuk-body">{t('scaling.round.revealHint')}</p>
          <button type="button" className="govuk-button" disabled={reveal.state === 'waiting'} onClick={() => setRevealId(queue.send('reveal_scores', { roundId: round.id }))}>
            {t('scaling.round.reveal')}
          </button>
          <p className="govuk-body" role="status">
            {reveal.state === 'waiting' ? (reveal.retrying ? t('sync.notSentYet') : t('scaling.round.revealing')) : ''}
          </p>
        </>
      ) : null}
      {round.status === 'revealed' ? (
        <>
          <p className="govuk-body govuk-hint">{t(trend ? 'scaling.round.projectorHintReview' : 'scaling.round.projectorHint')}</p>
          <DotPlot round={round} size="screen" />
          <ScoreResults round={round} showEveryone />
        </>
      ) : null}
    </section>
  );
}
