import type { ScalingRound } from '../../../shared/schema/project.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { ScaleSummary } from './ScaleSummary.tsx';
import { ScoreResults } from './ScoreResults.tsx';
import { roundSummary, summaryWords } from './scaleText.ts';

/** Earlier scaling questions in this conference, newest first, each opening to its scores. */
export function RoundHistory({ rounds, currentId }: { rounds: readonly ScalingRound[]; currentId: string | null }) {
  const t = useT();
  const f = useFormat();
  const earlier = rounds.map((r, i) => ({ round: r, number: i + 1 })).filter((x) => x.round.id !== currentId).reverse();
  if (earlier.length === 0) return null;
  return (
    <section className="cr-round-history" aria-labelledby="round-history-title">
      <h2 className="govuk-heading-m" id="round-history-title">
        {t('scaling.history.title')}
      </h2>
      {earlier.map(({ round, number }) => {
        const s = roundSummary(round);
        return (
          <details className="govuk-details" key={round.id}>
            <summary className="govuk-details__summary">
              {round.status === 'revealed'
                ? t('scaling.history.revealed', { number, time: f.time(round.openedAt), family: t(summaryWords(s.family)), professionals: t(summaryWords(s.professional)) })
                : t('scaling.history.notShown', { number, time: f.time(round.openedAt) })}
            </summary>
            <div className="govuk-details__text">
              <ScaleSummary round={round} />
              {round.status === 'revealed' ? <ScoreResults round={round} showEveryone /> : <p className="govuk-body">{t('scaling.history.notShownBody')}</p>}
            </div>
          </details>
        );
      })}
    </section>
  );
}
