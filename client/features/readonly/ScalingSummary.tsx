import { summariseByGroup } from '../../../shared/rules/scaling.ts';
import type { ScalingRound, ScoreResult } from '../../../shared/schema/project.ts';
import { ROLE_LABELS, type Role } from '../../../shared/schema/roles.ts';
import { useConference } from '../../model/hooks.ts';

const valid = (r: ScoreResult) => Number.isInteger(r.score) && r.score >= 0 && r.score <= 10;

/** Step 9, read only: each scaling question, and the scores once they have been revealed. */
export function ScalingSummary() {
  const rounds = useConference((m) => m.rounds);
  if (rounds.length === 0) return <p className="cr-body cr-empty">No scaling question has been asked yet.</p>;
  return (
    <div className="cr-summary">
      {rounds.map((r, i) => (
        <Round key={r.id} round={r} number={i + 1} />
      ))}
    </div>
  );
}

function Round({ round, number }: { round: ScalingRound; number: number }) {
  const results = round.results.filter(valid);
  const summary = summariseByGroup(results);
  const groups = [
    { id: 'family', title: 'Family', list: results.filter((r) => r.group === 'family'), median: summary.family.median },
    { id: 'professional', title: 'Professionals', list: results.filter((r) => r.group === 'professional'), median: summary.professional.median },
  ];
  return (
    <section className="cr-summary__block" aria-labelledby={`round-${round.id}`}>
      <h2 className="cr-heading-m" id={`round-${round.id}`}>
        Question {number}: {round.question}
      </h2>
      <dl className="cr-summary-list">
        <div className="cr-summary-list__row">
          <dt className="cr-summary-list__key">0 means</dt>
          <dd className="cr-summary-list__value">{round.anchor0}</dd>
        </div>
        <div className="cr-summary-list__row">
          <dt className="cr-summary-list__key">10 means</dt>
          <dd className="cr-summary-list__value">{round.anchor10}</dd>
        </div>
      </dl>
      {round.status !== 'revealed' ? (
        <p className="cr-body">
          {round.status === 'open' ? 'Scoring is open.' : 'Scoring has closed.'} {round.scored.length === 1 ? '1 person has' : `${round.scored.length} people have`} scored. Scores
          are shown when the chair reveals them.
        </p>
      ) : (
        groups.map((g) => (
          <div key={g.id} className="cr-summary__group">
            <h3 className="cr-heading-s">
              {g.title}
              {g.median !== null ? ` · middle score ${g.median}` : ''}
            </h3>
            {g.list.length === 0 ? (
              <p className="cr-body">No scores.</p>
            ) : (
              <ul className="cr-score-list">
                {g.list.map((s) => (
                  <li key={s.attendeeId}>
                    <strong>{s.score}</strong> — {s.name}
                    {s.role ? ` (${ROLE_LABELS[s.role as Role] ?? s.role})` : ''}
                    {s.reason ? `: ${s.reason}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))
      )}
    </section>
  );
}
