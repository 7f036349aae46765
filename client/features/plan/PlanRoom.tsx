import { useState } from 'react';
import { addAction } from '../../../shared/commands/plan.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { ActionForm } from './ActionForm.tsx';
import { ActionsTable } from './ActionsTable.tsx';
import { ContingencyPlan } from './ContingencyPlan.tsx';
import { useT } from '../../i18n/useT.tsx';

/**
 * Step 12 for the chair and note taker: the outline plan. Each action says what needs to happen,
 * who does it, by when, how everyone will know, and which worry it answers; then the contingency.
 * Participants' proposed actions arrive in the proposals panel.
 */
export function PlanRoom() {
  const t = useT();
  const canEdit = useCanEdit();
  const count = useConference((m) => m.actions.length);
  const runAdd = useCommand(addAction);
  // Open to start with while the plan is empty; after that the chair opens and closes it.
  const [startOpen] = useState(count === 0);
  return (
    <div className="cr-plan">
      <h2 className="govuk-heading-m">{t('plan.actions')} {count > 0 ? <span className="cr-count">{count}</span> : null}</h2>
      <ActionsTable />
      {canEdit ? (
        <details className="govuk-details" open={startOpen || undefined}>
          <summary className="govuk-details__summary">{t('plan.add.open')}</summary>
          <div className="govuk-details__text">
            <ActionForm idPrefix="new-action" clearOnSubmit askRestricted submitLabel={t('plan.add.submit')} onSubmit={(v, restricted) => runAdd({ ...v, restricted })} />
          </div>
        </details>
      ) : null}
      <ContingencyPlan />
    </div>
  );
}
