import type { ScalingRound } from '../../../shared/schema/project.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { useT } from '../../i18n/useT.tsx';
import { haveScored, useRoleLabel, useScorers } from './scaleText.ts';

/** A mark, not a word: hidden from screen readers, which hear "Scored" or "Not yet". */
const TICK = '✓';

/** Who has scored so far: names and ticks only. Nobody's number is on any device until the reveal. */
export function ScoredList({ round }: { round: ScalingRound }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const { scorers, scoredCount } = useScorers(round);
  return (
    <section className="cr-scored" aria-labelledby={`scored-${round.id}`}>
      <h3 className="govuk-heading-s" id={`scored-${round.id}`}>
        {t(haveScored(scoredCount, scorers.length))}
      </h3>
      {scorers.length === 0 ? (
        <p className="govuk-body cr-empty">{t('scaling.scored.nobody')}</p>
      ) : (
        <ul className="cr-scored__list">
          {scorers.map((s) => (
            <li key={s.id} className={s.scored ? 'cr-scored__item cr-scored__item--done' : 'cr-scored__item'}>
              <span className="cr-scored__mark" aria-hidden="true">
                {s.scored ? TICK : ''}
              </span>
              <span className="cr-scored__name">
                {s.name} <span className="cr-scored__role">{roleLabel(s.role)}</span>
                {s.attendance !== 'present' ? <span className="cr-scored__role">{t('scaling.scored.away', { attendance: t(`attendance.${s.attendance}` as MessageId) })}</span> : null}
              </span>
              <span className="cr-scored__state">{s.scored ? t('scaling.scored.done') : t('scaling.scored.notYet')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
