import type { ScalingRound } from '../../../shared/schema/project.ts';
import { Tag } from '../../components/Tag.tsx';
import { BandNote } from './BandNote.tsx';
import { SCORER_GROUPS } from '../../../shared/rules/scaling.ts';
import { inEscalationBand } from '../../../shared/rules/scaleWords.ts';
import { useT } from '../../i18n/useT.tsx';
import { roundSummary, summaryWords, useRoleLabel, validResults } from './scaleText.ts';

/** Everyone's score and reason after the reveal: the family, the child with their advocate, and the professionals apart, each with its middle score and spread. */
export function ScoreResults({ round, showEveryone = false }: { round: ScalingRound; showEveryone?: boolean }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  // SC11: the child and their advocate are shown together, apart from the family and the professionals.
  const GROUPS = SCORER_GROUPS.map((key) => ({ key, title: t(`scaling.group.${key}`) }));
  const results = validResults(round);
  const summary = roundSummary(round);
  return (
    <div className="cr-score-results">
      <BandNote round={round} />
      {showEveryone ? <p className="govuk-body">{t('scaling.results.everyone', { count: summary.all.count, summary: t(summaryWords(summary.all)) })}</p> : null}
      {GROUPS.map((g) => {
        const list = results.filter((r) => r.group === g.key);
        return (
          <section key={g.key} className="cr-score-group" aria-labelledby={`scores-${round.id}-${g.key}`}>
            <h3 className="govuk-heading-s" id={`scores-${round.id}-${g.key}`}>
              {g.title}
            </h3>
            {g.key === 'child' ? <p className="govuk-hint">{t('scaling.results.childHint')}</p> : null}
            <p className="govuk-body cr-score-group__summary">{list.length === 0 ? t('scaling.noScores') : t('scaling.results.summary', { summary: t(summaryWords(summary[g.key])) })}</p>
            {list.length > 0 ? (
              <ul className="cr-score-list">
                {list.map((s) => (
                  <li key={s.attendeeId} className="cr-score-list__item">
                    <span className="cr-score-list__score" aria-label={t('scaling.results.score', { score: s.score })}>
                      {s.score}
                    </span>
                    <div>
                      <p className="cr-score-list__who">
                        {s.name} <span className="cr-score-list__role">{t('scaling.roleInBrackets', { role: roleLabel(s.role) })}</span>
                        {inEscalationBand(s.score, round) ? (
                          <>
                            {' '}
                            <Tag colour="grey">{t('scaling.talkAboutFirst')}</Tag>
                          </>
                        ) : null}
                        {s.onBehalf ? (
                          <>
                            {' '}
                            <Tag colour="grey">{t('scaling.results.byChair')}</Tag>
                          </>
                        ) : null}
                      </p>
                      <p className="cr-score-list__reason">{s.reason || t('scaling.noReason')}</p>
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
