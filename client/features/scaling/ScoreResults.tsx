import type { ScalingRound } from '../../../shared/schema/project.ts';
import { Tag } from '../../components/Tag.tsx';
import { BandNote } from './BandNote.tsx';
import { SCORER_GROUPS, SCORER_GROUP_TITLES } from '../../../shared/rules/scaling.ts';
import { inEscalationBand } from '../../../shared/rules/scaleWords.ts';
import { capital, roleLabel, roundSummary, summaryWords, validResults } from './scaleText.ts';

// SC11: the child and their advocate are shown together, apart from the family and the professionals.
const GROUPS = SCORER_GROUPS.map((key) => ({ key, title: SCORER_GROUP_TITLES[key] }));

/** Everyone's score and reason after the reveal: the family, the child with their advocate, and the professionals apart, each with its middle score and spread. */
export function ScoreResults({ round, showEveryone = false }: { round: ScalingRound; showEveryone?: boolean }) {
  const results = validResults(round);
  const summary = roundSummary(round);
  return (
    <div className="cr-score-results">
      <BandNote round={round} />
      {showEveryone ? <p className="cr-body">Everyone ({summary.all.count}): {summaryWords(summary.all)}.</p> : null}
      {GROUPS.map((g) => {
        const list = results.filter((r) => r.group === g.key);
        return (
          <section key={g.key} className="cr-score-group" aria-labelledby={`scores-${round.id}-${g.key}`}>
            <h3 className="cr-heading-s" id={`scores-${round.id}-${g.key}`}>
              {g.title}
            </h3>
            {g.key === 'child' ? <p className="cr-hint">An advocate speaks for the child, so their score is shown with the child’s, apart from the family’s and the professionals’.</p> : null}
            <p className="cr-body cr-score-group__summary">{list.length === 0 ? 'No scores.' : `${capital(summaryWords(summary[g.key]))}.`}</p>
            {list.length > 0 ? (
              <ul className="cr-score-list">
                {list.map((s) => (
                  <li key={s.attendeeId} className="cr-score-list__item">
                    <span className="cr-score-list__score" aria-label={`Score ${s.score}`}>
                      {s.score}
                    </span>
                    <div>
                      <p className="cr-score-list__who">
                        {s.name} <span className="cr-score-list__role">({roleLabel(s.role)})</span>
                        {inEscalationBand(s.score, round) ? (
                          <>
                            {' '}
                            <Tag colour="grey">Talk about first</Tag>
                          </>
                        ) : null}
                        {s.onBehalf ? (
                          <>
                            {' '}
                            <Tag colour="grey">Recorded by the chair</Tag>
                          </>
                        ) : null}
                      </p>
                      <p className="cr-score-list__reason">{s.reason || 'No reason given.'}</p>
                    </div>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
