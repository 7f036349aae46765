import { canScore } from '../../../shared/rules/permissions.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useMyScores } from '../../state/myScores.ts';
import { ParticipantScoreForm } from './ParticipantScoreForm.tsx';
import { RoundHistory } from './RoundHistory.tsx';
import { ScoreResults } from './ScoreResults.tsx';
import { EndMeaning } from './ScoreButtons.tsx';
import { useConference } from '../../model/hooks.ts';
import { roundSummary, summaryWords, useCurrentRound } from './scaleText.ts';
import { useT } from '../../i18n/useT.tsx';
import { idle, type WithParts } from '../../components/deferred.tsx';
import type { StepProps } from '../steps.tsx';
import { later } from '../steps.tsx';

// The trend of earlier conferences is a review's only (TR1), and it stands below the question and the
// scores: a chunk of its own (the chart and its words), fetched when idle, shown once there is one.
const TrendIfReview = later(() => import('../review/TrendFigure.tsx').then((m) => m.TrendIfReview));

/** Step 9 on a participant's device: the question, a way to score while it is open, then everyone's scores once shown. */
export const ScalingParticipant: WithParts<StepProps> = Object.assign(
  function ScalingParticipant() {
    const t = useT();
    const review = useConference((m) => Boolean(m.previous?.trend.length));
    const round = useCurrentRound();
    const { me } = useRoom();
    const sent = useMyScores((s) => (round ? s.byRound[round.id] : undefined));
    const rounds = useConference((m) => m.rounds);
    if (!round) {
      return (
        <>
          <p className="govuk-body cr-empty">{t('scaling.participant.notAsked')}</p>
          {review ? (
            <>
              <TrendIfReview />
              <TrendIfReview by="role" />
            </>
          ) : null}
        </>
      );
    }
    const scores = canScore(me.role);
    const mine = me.attendeeId !== null && round.scored.includes(me.attendeeId);
    const summary = roundSummary(round);
    return (
      <div className="cr-scaling-participant">
        {/* Stays mounted, so the reveal by the chair is announced, in this person's language. */}
        <p className="govuk-visually-hidden" role="status">
          {round.status === 'revealed'
            ? t('scaling.participant.revealedAnnouncement', { family: t(summaryWords(summary.family)), professionals: t(summaryWords(summary.professional)) })
            : ''}
        </p>
        <h2 className="govuk-heading-m">{t('scaling.participant.question')}</h2>
        <p className="govuk-body govuk-body-l cr-scaling-question">{round.question}</p>
        {round.status === 'open' && scores ? (
          <ParticipantScoreForm key={round.id} round={round} />
        ) : (
          <div className="cr-scaling-ends">
            <p className="cr-score-anchor">
              <EndMeaning score={0} meaning={round.anchor0} />
            </p>
            <p className="cr-score-anchor">
              <EndMeaning score={10} meaning={round.anchor10} />
            </p>
          </div>
        )}
        {round.status === 'open' && !scores ? <p className="govuk-body">{t('scaling.participant.othersScoring')}</p> : null}
        {round.status === 'closed' ? (
          <div className="govuk-inset-text" role="status">
            <p className="govuk-body">
              <strong>{t('scaling.participant.closed')}</strong>
            </p>
            {scores ? (
              <p className="govuk-body">
                {sent && mine ? t('scaling.participant.yourScoreSent', { score: sent.score }) : mine ? t('scaling.participant.scoreSent') : t('scaling.participant.noScore')}
              </p>
            ) : null}
            <p className="govuk-body">{t('scaling.participant.revealSoon')}</p>
          </div>
        ) : null}
        {round.status === 'revealed' ? (
          <>
            <h2 className="govuk-heading-m">{t('scaling.participant.everyone')}</h2>
            <ScoreResults round={round} />
          </>
        ) : null}
        <RoundHistory rounds={rounds} currentId={round.id} />
        {review && round.status === 'revealed' ? (
          <>
            <TrendIfReview />
            <TrendIfReview by="role" />
          </>
        ) : null}
      </div>
    );
  },
  { prefetch: () => idle().then(() => TrendIfReview.prefetch()) },
);
