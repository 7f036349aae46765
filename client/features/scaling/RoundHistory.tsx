import type { ScalingRound } from '../../../shared/schema/project.ts';
import { formatTime } from '../../format.ts';
import { ScaleSummary } from './ScaleSummary.tsx';
import { ScoreResults } from './ScoreResults.tsx';
import { roundSummary, summaryWords } from './scaleText.ts';

/** Earlier scaling questions in this conference, newest first, each opening to its scores. */
export function RoundHistory({ rounds, currentId }: { rounds: readonly ScalingRound[]; currentId: string | null }) {
  const earlier = rounds.map((r, i) => ({ round: r, number: i + 1 })).filter((x) => x.round.id !== currentId).reverse();
  if (earlier.length === 0) return null;
  return (
    <section className="cr-round-history" aria-labelledby="round-history-title">
      <h2 className="cr-heading-m" id="round-history-title">
        Earlier scaling questions
      </h2>
      {earlier.map(({ round, number }) => {
        const s = roundSummary(round);
        return (
          <details className="cr-details" key={round.id}>
            <summary className="cr-details__summary">
              Question {number}, asked at {formatTime(round.openedAt)}:{' '}
              {round.status === 'revealed' ? `family ${summaryWords(s.family)}; professionals ${summaryWords(s.professional)}` : 'scores were not shown'}
            </summary>
            <div className="cr-details__text">
              <ScaleSummary round={round} />
              {round.status === 'revealed' ? <ScoreResults round={round} showEveryone /> : <p className="cr-body">The scores for this question were not shown.</p>}
            </div>
          </details>
        );
      })}
    </section>
  );
}
