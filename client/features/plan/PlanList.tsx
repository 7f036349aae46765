import { useFormat, useT } from '../../i18n/useT.tsx';
import type { Msg } from '../../../shared/i18n/messages.ts';
import { RestrictedTag } from '../../components/Tag.tsx';
import { useConference } from '../../model/hooks.ts';
import { useWorryNumbers, worriesText } from './planText.ts';
import { ProposeAction } from './ProposeAction.tsx';
import { ProgressControl } from '../review/Progress.tsx';
import { triggerText } from '../../../shared/schema/contingency.ts';

/**
 * The plan for reading on a participant's device: each action with who, when and how we will know;
 * then the contingency. A professional's device also lists professionals-only entries, marked and
 * unnumbered, so the numbers match the family's (RS6).
 */
export function PlanList() {
  const t = useT();
  const textOf = (m: string | Msg) => (typeof m === 'string' ? m : t(m));
  const f = useFormat();
  const actions = useConference((m) => m.actions);
  const contingency = useConference((m) => m.contingency);
  const worries = useWorryNumbers();
  return (
    <div className="cr-plan-read">
      <h2 className="govuk-heading-m">{t('plan.what')}</h2>
      {actions.length === 0 ? <p className="govuk-body cr-empty">{t('plan.read.empty')}</p> : null}
      <ol className="cr-action-list">
        {actions.map((a) => (
          <li key={a.id} className={`cr-action${a.restricted ? ' cr-action--restricted' : ''}`}>
            {a.restricted ? <RestrictedTag /> : null}
            <p className="cr-action__what">{a.what}</p>
            <ProgressControl action={a} />
            <dl className="cr-action__facts">
              <Fact k={t('plan.who')} v={a.who} />
              <Fact k={t('plan.byWhen')} v={a.by ? f.byWhen(a.by) : ''} />
              <Fact k={t('plan.read.howWeKnow')} v={a.howWeKnow} />
              <Fact k={t('plan.helpsWith')} v={worriesText(a, worries, t)} />
            </dl>
          </li>
        ))}
      </ol>
      <h2 className="govuk-heading-m">{t('plan.contingency.title')}</h2>
      {contingency.length === 0 ? <p className="govuk-body cr-empty">{t('plan.contingency.empty')}</p> : null}
      <ol className="cr-action-list">
        {contingency.map((c) => (
          <li key={c.id} className={`cr-action${c.restricted ? ' cr-action--restricted' : ''}`}>
            {c.restricted ? <RestrictedTag /> : null}
            <dl className="cr-action__facts">
              <Fact k={t('plan.contingency.if')} v={textOf(triggerText(c.mightHappen))} />
              <Fact k={t('plan.contingency.then')} v={c.weWill} />
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
