import { useState } from 'react';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { ViewsPanel } from '../views/ViewsPanel.tsx';
import { ChildDecision } from './ChildDecision.tsx';
import { DeadlinesList } from './DeadlinesList.tsx';
import { DissentList } from './DissentList.tsx';
import { PeopleForm } from './PeopleForm.tsx';
import { RationaleField } from './RationaleField.tsx';
import { RecordDecision } from './RecordDecision.tsx';
import { ViewComparison } from './ViewComparison.tsx';
import { useT } from '../../i18n/useT.tsx';

/**
 * Step 13 for the chair and note taker: everyone's view first, then the decision for each child,
 * how it compares with the professionals' views (and who disagrees), the reasons, the key worker
 * and core group, the dates that follow, and "Record the decision".
 */
export function DecisionRoom() {
  const t = useT();
  const { conference } = useRoom();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [dissentFor, setDissentFor] = useState<{ by: string; seq: number } | null>(null);

  return (
    <div className="cr-decision">
      <ViewsPanel />
      <section className="cr-decision__section" aria-labelledby="decision-title">
        <h2 className="govuk-heading-m" id="decision-title">
          {t('decision.title')}
        </h2>
        <ErrorSummary errors={errors} />
        {conference.children.map((c) => (
          <ChildDecision key={c.id} child={c} error={errorFor(errors, `decision-${c.id}`)} />
        ))}
        <ViewComparison onRecordDissent={(by) => setDissentFor((p) => ({ by, seq: (p?.seq ?? 0) + 1 }))} />
        <DissentList prefill={dissentFor} />
        <RationaleField error={errorFor(errors, 'decision-rationale')} />
      </section>
      <PeopleForm />
      <section className="cr-decision__section" aria-labelledby="dates-title">
        <h2 className="govuk-heading-m" id="dates-title">
          {t('decision.dates.title')}
        </h2>
        <p className="govuk-body">{t('decision.dates.intro')}</p>
        <DeadlinesList />
      </section>
      <RecordDecision onErrors={setErrors} />
    </div>
  );
}
