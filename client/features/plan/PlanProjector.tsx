import { useMemo } from 'react';
import { useConference } from '../../model/hooks.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { PagedColumn, type Entry } from '../projector/paging.tsx';
import { Both, useBothText } from '../../i18n/Both.tsx';
import { useWorryNumbers, worriesText } from './planText.ts';
import { ProgressLine } from '../review/Progress.tsx';
import { triggerText } from '../../../shared/schema/contingency.ts';

/**
 * Step 12 on the projector: the actions, numbered, each whole on a page; beside them what happens
 * if things do not get better. Labels are in each projector language ("Pwy / Who"); what people
 * wrote is shown once, as written.
 */
export function PlanProjector() {
  const t = useT();
  const both = useBothText();
  const f = useFormat();
  const actions = useConference((m) => m.actions);
  const contingency = useConference((m) => m.contingency);
  const worries = useWorryNumbers();
  const entries = useMemo(
    (): Entry[] =>
      actions.map((a, i) => {
        const helps = worriesText(a, worries, t);
        const facts = [
          a.who ? t('projector.labelled', { label: both('plan.who'), value: a.who }) : '',
          a.by ? t('projector.labelled', { label: both('plan.projector.by'), value: f.byWhen(a.by) }) : '',
          helps ? t('projector.labelled', { label: both('plan.helpsWith'), value: helps }) : '',
        ].filter(Boolean);
        return {
          key: a.id,
          node: (
            <div className="cr-proj-action">
              <p className="cr-proj-action__what">
                <span className="cr-proj-action__n">{t('plan.projector.number', { n: i + 1 })}</span>
                {a.what}
              </p>
              {facts.length ? <p className="cr-proj-action__fact">{facts.join(' · ')}</p> : null}
              {a.howWeKnow ? <p className="cr-proj-action__fact">{t('projector.labelled', { label: both('plan.read.howWeKnow'), value: a.howWeKnow })}</p> : null}
              <ProgressLine action={a} />
            </div>
          ),
        };
      }),
    [actions, worries, t, both, f],
  );
  // Each entry pages whole: "if this happens" above "what we will do".
  const ifNot = useMemo(
    (): Entry[] =>
      contingency.map((c) => ({
        key: c.id,
        node: (
          <div className="cr-proj-action">
            <p className="cr-proj-pair__label">{both('plan.contingency.if')}</p>
            <p className="cr-proj-item__text">{((m) => (typeof m === 'string' ? m : t(m)))(triggerText(c.mightHappen)) || t('plan.none')}</p>
            <p className="cr-proj-pair__label">{both('plan.contingency.then')}</p>
            <p className="cr-proj-item__text">{c.weWill || t('plan.none')}</p>
          </div>
        ),
      })),
    [contingency, t, both],
  );
  return (
    <div className="cr-proj-columns cr-proj-columns--plan">
      <section className="cr-proj-column" aria-labelledby="proj-plan-actions">
        <h2 className="cr-proj-column__title" id="proj-plan-actions">
          <Both id="plan.what" />
        </h2>
        <PagedColumn pagerKey="actions" entries={entries} empty={<Both id="plan.projector.empty" />} />
      </section>
      <section className="cr-proj-column" aria-labelledby="proj-plan-contingency">
        <h2 className="cr-proj-column__title" id="proj-plan-contingency">
          <Both id="plan.contingency.title" />
        </h2>
        <PagedColumn pagerKey="contingency" entries={ifNot} empty={<Both id="plan.contingency.empty" />} />
      </section>
    </div>
  );
}
