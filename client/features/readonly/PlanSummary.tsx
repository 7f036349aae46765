import { useConference } from '../../model/hooks.ts';
import { formatDate } from '../../format.ts';

/** Step 12, read only: the actions agreed so far, and what happens if the plan does not work. */
export function PlanSummary() {
  const actions = useConference((m) => m.actions);
  const contingency = useConference((m) => m.contingency);
  const dangers = useConference((m) => m.dangers);
  const dangerNumber = new Map(dangers.map((d, i) => [d.id, i + 1]));
  return (
    <div className="cr-summary">
      <h2 className="cr-heading-m">What needs to happen</h2>
      {actions.length === 0 ? (
        <p className="cr-body cr-empty">No actions agreed yet.</p>
      ) : (
        <ol className="cr-action-list">
          {actions.map((a) => (
            <li key={a.id} className="cr-action">
              <p className="cr-action__what">{a.what}</p>
              <dl className="cr-action__facts">
                {a.who ? (
                  <div>
                    <dt>Who</dt>
                    <dd>{a.who}</dd>
                  </div>
                ) : null}
                {a.by ? (
                  <div>
                    <dt>By when</dt>
                    <dd>{/^\d{4}-\d{2}-\d{2}$/.test(a.by) ? formatDate(a.by) : a.by}</dd>
                  </div>
                ) : null}
                {a.howWeKnow ? (
                  <div>
                    <dt>How we will know</dt>
                    <dd>{a.howWeKnow}</dd>
                  </div>
                ) : null}
                {a.links.some((l) => dangerNumber.has(l)) ? (
                  <div>
                    <dt>For worry</dt>
                    <dd>{a.links.flatMap((l) => (dangerNumber.has(l) ? [String(dangerNumber.get(l))] : [])).join(', ')}</dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ol>
      )}
      <h2 className="cr-heading-m">If the plan does not work</h2>
      <p className="cr-body">{contingency || 'Not written yet.'}</p>
    </div>
  );
}
