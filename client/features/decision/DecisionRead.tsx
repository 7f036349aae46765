import { useEffect } from 'react';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { useConference } from '../../model/hooks.ts';
import { ViewsParticipant } from '../views/ViewsParticipant.tsx';
import { useDecisionWords } from './useDecisionWords.ts';
import { later } from '../steps.tsx';

// The deadlines need the bank-holiday library (most of the app's weight): the decision's words do not wait for it.
const DeadlinesList = later(() => import('./DeadlinesList.tsx').then((m) => m.DeadlinesList));

/**
 * Step 13 on a participant's device: their own view first; once recorded, the decision in plain
 * words and what happens next. Only the recorded version is shown (DE6): the chair's later changes
 * reach this screen when the chair records the decision again.
 */
export function DecisionRead() {
  const t = useT();
  const f = useFormat();
  const decision = useConference((m) => m.decision.recorded);
  const words = useDecisionWords('recorded');
  const reasonOf = (childId: string) => decision?.perChild.find((p) => p.childId === childId)?.reason ?? '';
  // Fetched while the chair is still deciding, so the dates show with the recorded decision.
  useEffect(() => void DeadlinesList.prefetch(), []);
  if (!decision) {
    return (
      <div className="cr-decision-read">
        <p className="govuk-body">{t('decision.read.waiting')}</p>
        <ViewsParticipant />
      </div>
    );
  }
  return (
    <div className="cr-decision-read">
      <div className="cr-panel-confirm" role="status">
        <h2 className="govuk-heading-m">{t('decision.title')}</h2>
        <p className="govuk-body">{t('decision.read.recordedAt', { time: f.time(decision.recordedAt) })}</p>
      </div>
      <ul className="cr-decision-list">
        {words.map((w) => (
          <li key={w.child.id} className="cr-decision-list__item">
            <h3 className="govuk-heading-s">{w.child.name}</h3>
            <p className="govuk-body govuk-body-l">{w.outcome}</p>
            {w.category ? <p className="govuk-body">{t('decision.read.category', { category: w.category })}</p> : null}
            {/* DC6: at a review, why this child's plan ends or changes. */}
            {reasonOf(w.child.id) ? <p className="govuk-body cr-pre-wrap">{t('review.decision.readReason', { reason: reasonOf(w.child.id) })}</p> : null}
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">{t('decision.read.why')}</h2>
      <p className="govuk-body cr-pre-wrap">{decision.rationale}</p>
      {decision.dissent.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">{t('decision.read.dissent')}</h2>
          <ul className="govuk-list govuk-list--bullet">
            {decision.dissent.map((d, i) => (
              <li key={i}>
                {t('decision.read.dissentLine', { by: d.by, text: d.text })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="govuk-heading-m">{t('decision.next.title')}</h2>
      <dl className="govuk-summary-list">
        {decision.keyWorker ? <Row k={t('decision.next.keyWorker')} v={decision.keyWorker} /> : null}
        {decision.coreGroup.length ? <Row k={t('decision.next.coreGroup')} v={decision.coreGroup.join(', ')} /> : null}
      </dl>
      <DeadlinesList editable={false} />
      <ViewsParticipant />
    </div>
  );
}

function Row({ k, v }: { k: string; v: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{k}</dt>
      <dd className="govuk-summary-list__value">{v}</dd>
    </div>
  );
}
