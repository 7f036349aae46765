import type { RecordedDecision } from '../../../shared/schema/project.ts';
import { formatTime } from '../../format.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useDecisionLabels } from './useDecisionWords.ts';

/** DE6: every recorded version of the decision, newest first, as the record keeps them. Shown once there are two. */
export function DecisionHistory() {
  const history = useConference((m) => m.decision.history);
  if (history.length < 2) return null;
  return (
    <details className="cr-details">
      <summary className="cr-details__summary">Earlier versions of the decision ({history.length - 1})</summary>
      <ol className="cr-list cr-details__text" reversed>
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
  return (
    <li>
      <p className="cr-body">
        <strong>Recorded at {formatTime(version.recordedAt)}</strong>
      </p>
      <ul className="cr-list">
        {version.perChild.map((p) => (
          <li key={p.childId}>
            {conference.children.find((c) => c.id === p.childId)?.name ?? 'A child'}: {labels.outcome(p.outcome)}
            {p.category ? ` (${labels.category(p.category)})` : ''}
          </li>
        ))}
      </ul>
      <p className="cr-body cr-pre-wrap">Why: {version.rationale}</p>
      {version.quorum && !version.quorum.quorate ? <p className="cr-body">{version.quorum.warning}</p> : null}
    </li>
  );
}
