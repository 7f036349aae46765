import { formatByWhen } from '../../format.ts';
import { RestrictedTag } from '../../components/Tag.tsx';
import { useConference } from '../../model/hooks.ts';
import { useWorryNumbers, worriesText } from './planText.ts';
import { ProposeAction } from './ProposeAction.tsx';

/**
 * The plan for reading on a participant's device: each action with who, when and how we will know;
 * then the contingency. A professional's device also lists professionals-only entries, marked and
 * unnumbered, so the numbers match the family's (RS6).
 */
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
          <li key={a.id} className={`cr-action${a.restricted ? ' cr-action--restricted' : ''}`}>
            {a.restricted ? <RestrictedTag /> : null}
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
      {contingency.length === 0 ? <p className="cr-body cr-empty">Not written yet.</p> : null}
      <ol className="cr-action-list">
        {contingency.map((c) => (
          <li key={c.id} className={`cr-action${c.restricted ? ' cr-action--restricted' : ''}`}>
            {c.restricted ? <RestrictedTag /> : null}
            <dl className="cr-action__facts">
              <Fact k="If this happens" v={c.mightHappen} />
              <Fact k="What we will do" v={c.weWill} />
            </dl>
          </li>
        ))}
      </ol>
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
