import { canScore } from '../../../shared/rules/permissions.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useMyScores } from '../../state/myScores.ts';
import { ParticipantScoreForm } from './ParticipantScoreForm.tsx';
import { RoundHistory } from './RoundHistory.tsx';
import { ScoreResults } from './ScoreResults.tsx';
import { useConference } from '../../model/hooks.ts';
import { useCurrentRound } from './scaleText.ts';
import { TrendIfReview } from '../review/TrendFigure.tsx';

/** Step 9 on a participant's device: the question, a way to score while it is open, then everyone's scores once shown. */
export function ScalingParticipant() {
  const round = useCurrentRound();
  const { me } = useRoom();
  const sent = useMyScores((s) => (round ? s.byRound[round.id] : undefined));
  const rounds = useConference((m) => m.rounds);
  if (!round) {
    return (
      <>
        <p className="cr-body cr-empty">The chair has not asked the scaling question yet. It will appear here.</p>
        <TrendIfReview />
      </>
    );
  }
  const scores = canScore(me.role);
  const mine = me.attendeeId !== null && round.scored.includes(me.attendeeId);
  return (
    <div className="cr-scaling-participant">
      <h2 className="cr-heading-m">The question</h2>
      <p className="cr-body cr-body--l cr-scaling-question">{round.question}</p>
      {round.status === 'open' && scores ? (
        <ParticipantScoreForm key={round.id} round={round} />
      ) : (
        <div className="cr-scaling-ends">
          <p className="cr-score-anchor">
            <strong>0</strong> means: {round.anchor0}
          </p>
          <p className="cr-score-anchor">
            <strong>10</strong> means: {round.anchor10}
          </p>
        </div>
      )}
      {round.status === 'open' && !scores ? (
        <p className="cr-body">The people taking part are choosing their scores. Everyone’s scores will be shown together.</p>
      ) : null}
      {round.status === 'closed' ? (
        <div className="cr-inset" role="status">
          <p className="cr-body">
            <strong>Scaling is closed.</strong>
          </p>
          {scores ? <p className="cr-body">{sent && mine ? `Your score of ${sent.score} was sent.` : mine ? 'Your score was sent.' : 'You did not send a score this time.'}</p> : null}
          <p className="cr-body">The chair will show everyone’s scores soon.</p>
        </div>
      ) : null}
      {round.status === 'revealed' ? (
        <>
          <h2 className="cr-heading-m">Everyone’s scores</h2>
          <ScoreResults round={round} />
        </>
      ) : null}
      <RoundHistory rounds={rounds} currentId={round.id} />
      {round.status === 'revealed' ? <TrendIfReview /> : null}
    </div>
  );
}
