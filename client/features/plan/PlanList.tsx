import { formatByWhen } from '../../format.ts';
import { useConference } from '../../model/hooks.ts';
import { useWorryNumbers, worriesText } from './planText.ts';
import { ProposeAction } from './ProposeAction.tsx';

/** The plan for reading on a participant's device: each action with who, when and how we will know; then the contingency. */
export function PlanList() {
  const actions = useConference((m) => m.actions);
  const contingency = useConference((m) => m.contingency);
  const worries = useWorryNumbers();
  return (
    <div className="cr-plan-read">
      <h2 className="cr-heading-m">What needs to happen</h2>
      {actions.length === 0 ? <p className="cr-body cr-empty">No actions agreed yet.</p> : null}
      <ol className="cr-action-list">
        {actions.map((a) => (
          <li key={a.id} className="cr-action">
            <p className="cr-action__what">{a.what}</p>
            <dl className="cr-action__facts">
              <Fact k="Who" v={a.who} />
              <Fact k="By when" v={a.by ? formatByWhen(a.by) : ''} />
              <Fact k="How we will know" v={a.howWeKnow} />
              <Fact k="Helps with" v={worriesText(a, worries)} />
            </dl>
          </li>
        ))}
      </ol>
      <h2 className="cr-heading-m">If things do not get better</h2>
      <p className="cr-body cr-pre-wrap">{contingency || 'Not written yet.'}</p>
    </div>
  );
}

function Fact({ k, v }: { k: string; v: string }) {
  if (!v) return null;
  return (
    <div>
      <dt>{k}</dt>
      <dd>{v}</dd>
    </div>
  );
}

/** Step 12 on a participant's device: the plan as it is agreed, and a way to propose an action. */
export function PlanRead() {
  return (
    <>
      <PlanList />
      <ProposeAction />
    </>
  );
}
