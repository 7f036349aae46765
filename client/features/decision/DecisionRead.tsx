import { formatTime } from '../../format.ts';
import { useConference } from '../../model/hooks.ts';
import { ViewsParticipant } from '../views/ViewsParticipant.tsx';
import { DeadlinesList } from './DeadlinesList.tsx';
import { useDecisionWords } from './useDecisionWords.ts';

/**
 * Step 13 on a participant's device: their own view first; once recorded, the decision in plain
 * words and what happens next. Only the recorded version is shown (DE6): the chair's later changes
 * reach this screen when the chair records the decision again.
 */
export function DecisionRead() {
  const decision = useConference((m) => m.decision.recorded);
  const words = useDecisionWords('recorded');
  if (!decision) {
    return (
      <div className="cr-decision-read">
        <p className="cr-body">The chair will say the decision after hearing everyone’s view. It will appear here.</p>
        <ViewsParticipant />
      </div>
    );
  }
  return (
    <div className="cr-decision-read">
      <div className="cr-panel-confirm" role="status">
        <h2 className="cr-heading-m">The decision</h2>
        <p className="cr-body">Recorded at {formatTime(decision.recordedAt)}.</p>
      </div>
      <ul className="cr-decision-list">
        {words.map((w) => (
          <li key={w.child.id} className="cr-decision-list__item">
            <h3 className="cr-heading-s">{w.child.name}</h3>
            <p className="cr-body cr-body--l">{w.outcome}</p>
            {w.category ? <p className="cr-body">Category: {w.category}</p> : null}
          </li>
        ))}
      </ul>
      <h2 className="cr-heading-m">Why</h2>
      <p className="cr-body cr-pre-wrap">{decision.rationale}</p>
      {decision.dissent.length > 0 ? (
        <>
          <h2 className="cr-heading-m">People who saw it differently</h2>
          <ul className="cr-list">
            {decision.dissent.map((d, i) => (
              <li key={i}>
                {d.by}: {d.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="cr-heading-m">What happens next</h2>
      <dl className="cr-summary-list">
        {decision.keyWorker ? <Row k="Key worker" v={decision.keyWorker} /> : null}
        {decision.coreGroup.length ? <Row k="Core group (the people who carry out the plan)" v={decision.coreGroup.join(', ')} /> : null}
      </dl>
      <DeadlinesList editable={false} />
      <ViewsParticipant />
    </div>
  );
}

function Row({ k, v }: { k: string; v: string }) {
  return (
    <div className="cr-summary-list__row">
      <dt className="cr-summary-list__key">{k}</dt>
      <dd className="cr-summary-list__value">{v}</dd>
    </div>
  );
}
