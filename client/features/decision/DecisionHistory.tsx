import type { RecordedDecision } from '../../../shared/schema/project.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { quorumWarning } from '../../../shared/rules/quorum.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useDecisionLabels } from './useDecisionWords.ts';

/** DE6: every recorded version of the decision, newest first, as the record keeps them. Shown once there are two. */
export function DecisionHistory() {
  const t = useT();
  const history = useConference((m) => m.decision.history);
  if (history.length < 2) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">{t('decision.history.title', { count: history.length - 1 })}</summary>
      <ol className="govuk-list govuk-list--number govuk-details__text" reversed>
        {[...history].reverse().slice(1).map((h) => (
          <Version key={h.recordedAt} version={h} />
        ))}
      </ol>
    </details>
  );
}

function Version({ version }: { version: RecordedDecision }) {
  const { conference } = useRoom();
  const labels = useDecisionLabels();
  const t = useT();
  const f = useFormat();
  const warning = version.quorum ? quorumWarning(version.quorum) : null;
  return (
    <li>
      <p className="govuk-body">
        <strong>{t('decision.history.recordedAt', { time: f.time(version.recordedAt) })}</strong>
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {version.perChild.map((p) => (
          <li key={p.childId}>
            {t(p.category ? 'decision.history.lineWithCategory' : 'decision.history.line', {
              child: conference.children.find((c) => c.id === p.childId)?.name ?? '',
              outcome: labels.outcome(p.outcome),
              category: p.category ? labels.category(p.category) : '',
            })}
          </li>
        ))}
      </ul>
      <p className="govuk-body cr-pre-wrap">{t('decision.history.why', { rationale: version.rationale })}</p>
      {warning ? <p className="govuk-body">{t(warning)}</p> : null}
    </li>
  );
}
