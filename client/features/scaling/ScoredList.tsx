import type { ScalingRound } from '../../../shared/schema/project.ts';
import { ATTENDANCE_LABELS, type Attendance } from '../../../shared/schema/roles.ts';
import { haveScored, roleLabel, useScorers } from './scaleText.ts';

/** Who has scored so far: names and ticks only. Nobody's number is on any device until the reveal. */
export function ScoredList({ round }: { round: ScalingRound }) {
  const { scorers, scoredCount } = useScorers(round);
  return (
    <section className="cr-scored" aria-labelledby={`scored-${round.id}`}>
      <h3 className="cr-heading-s" id={`scored-${round.id}`}>
        {haveScored(scoredCount, scorers.length)}
      </h3>
      {scorers.length === 0 ? (
        <p className="cr-body cr-empty">Nobody on the attendee list scores. Add attendees on the attendees and invites page.</p>
      ) : (
        <ul className="cr-scored__list">
          {scorers.map((s) => (
            <li key={s.id} className={s.scored ? 'cr-scored__item cr-scored__item--done' : 'cr-scored__item'}>
              <span className="cr-scored__mark" aria-hidden="true">
                {s.scored ? '✓' : ''}
              </span>
              <span className="cr-scored__name">
                {s.name} <span className="cr-scored__role">{roleLabel(s.role)}</span>
                {s.attendance !== 'present' ? <span className="cr-scored__role"> · {ATTENDANCE_LABELS[s.attendance as Attendance] ?? s.attendance}</span> : null}
              </span>
              <span className="cr-scored__state">{s.scored ? 'Scored' : 'Not yet'}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
