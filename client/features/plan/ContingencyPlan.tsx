import { useMemo, useState } from 'react';
import { familyNumbers } from '../../../shared/rules/restriction.ts';
import { useCanEdit, useConference } from '../../model/hooks.ts';
import { ContingencyEntryCard } from './ContingencyEntryCard.tsx';
import { NewContingencyForm } from './NewContingencyForm.tsx';
import { useT } from '../../i18n/useT.tsx';

/** PL9: the contingency plan for the chair and note taker — what might happen, and what we will do then. */
export function ContingencyPlan() {
  const t = useT();
  const entries = useConference((m) => m.contingency);
  const canEdit = useCanEdit();
  const numbers = useMemo(() => familyNumbers(entries), [entries]);
  // Open to start with while the plan has none; after that the chair opens and closes it.
  const [startOpen] = useState(entries.length === 0);
  return (
    <section className="cr-contingency-plan" aria-labelledby="contingency-title">
      <h2 className="govuk-heading-m" id="contingency-title">
        {t('plan.contingency.title')}
      </h2>
      <p className="govuk-hint">{t('plan.contingency.hint')}</p>
      {entries.length === 0 ? <p className="govuk-body cr-empty">{t('plan.contingency.empty')}</p> : null}
      <ol className="cr-contingency-list">
        {entries.map((e, i) => (
          <ContingencyEntryCard key={e.id} entry={e} list={entries} index={i} n={numbers.get(e.id) ?? null} />
        ))}
      </ol>
      {canEdit ? (
        <details className="govuk-details" open={startOpen || undefined}>
          <summary className="govuk-details__summary">{t('plan.contingency.add')}</summary>
          <div className="govuk-details__text">
            <NewContingencyForm />
          </div>
        </details>
      ) : null}
    </section>
  );
}
