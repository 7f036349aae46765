import { categoryOptions, decisionOptions } from '../../../shared/rules/decision.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';

/** Step 13, read only: the decision for each child and why, once the chair has recorded it. */
export function DecisionSummary() {
  const { conference } = useRoom();
  const decision = useConference((m) => m.decision);
  const outcomes = new Map(decisionOptions(conference.jurisdiction, conference.type).map((o) => [o.value as string, o.label]));
  const categories = new Map(categoryOptions(conference.jurisdiction).map((c) => [c.value as string, c.label]));
  const childName = new Map(conference.children.map((c) => [c.id, c.name]));

  if (!decision.decidedAt && decision.perChild.length === 0) return <p className="cr-body cr-empty">The decision has not been recorded yet.</p>;
  return (
    <div className="cr-summary">
      <ul className="cr-decision-list">
        {decision.perChild.map((p) => (
          <li key={p.childId}>
            <h2 className="cr-heading-s">{childName.get(p.childId) ?? 'Child'}</h2>
            <p className="cr-body">{outcomes.get(p.outcome) ?? p.outcome}</p>
            {p.category ? <p className="cr-body">Category: {categories.get(p.category) ?? p.category}</p> : null}
          </li>
        ))}
      </ul>
      {decision.rationale ? (
        <>
          <h2 className="cr-heading-m">Why</h2>
          <p className="cr-body">{decision.rationale}</p>
        </>
      ) : null}
      {decision.dissent.length > 0 ? (
        <>
          <h2 className="cr-heading-m">Different views</h2>
          <ul className="cr-list">
            {decision.dissent.map((d, i) => (
              <li key={i}>
                {d.by}: {d.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {decision.keyWorker ? <p className="cr-body">Key worker: {decision.keyWorker}</p> : null}
    </div>
  );
}
