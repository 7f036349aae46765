import { useState } from 'react';
import type { Deadline } from '../../../shared/rules/deadlines.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { useCanEdit } from '../../model/hooks.ts';
import { ChangeDateForm } from './ChangeDateForm.tsx';
import { useDeadlines } from './useDeadlines.ts';

/**
 * WD1–WD6 as a summary list: what must happen, by when (working days in the conference's own
 * nation), how the date was worked out, and any change the chair made with its reason.
 */
export function DeadlinesList({ editable = true }: { editable?: boolean }) {
  // Read only is the recorded version (DE6: the family sees no draft); editing is the chair's draft.
  const t = useT();
  const { shown, base } = useDeadlines(editable ? 'draft' : 'recorded');
  const canEdit = useCanEdit() && editable;
  const [changing, setChanging] = useState<string | null>(null);
  return (
    <dl className="govuk-summary-list cr-deadlines">
      {shown.map((d) => {
        const rule = base.get(d.ruleId);
        return (
          <div className="govuk-summary-list__row" key={d.ruleId}>
            <dt className="govuk-summary-list__key">{t(d.label)}</dt>
            <dd className="govuk-summary-list__value">
              <DeadlineValue deadline={d} />
              {changing === d.ruleId && rule ? <ChangeDateForm deadline={rule} current={d} onDone={() => setChanging(null)} /> : null}
            </dd>
            {canEdit && changing !== d.ruleId ? (
              <dd className="govuk-summary-list__actions">
                <button type="button" className="cr-link-button" onClick={() => setChanging(d.ruleId)}>
                  {t('decision.dates.change')}
                  <span className="govuk-visually-hidden">{t('decision.dates.changeFor', { deadline: t(d.label) })}</span>
                </button>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}

function DeadlineValue({ deadline: d }: { deadline: Deadline }) {
  const t = useT();
  const f = useFormat();
  return (
    <>
      <strong>{d.dueTime ? t('decision.dates.dueBy', { date: f.dayDate(d.due), time: d.dueTime }) : f.dayDate(d.due)}</strong>
      <span className="cr-deadlines__basis">{t(d.basis)}</span>
      {d.override ? (
        <span className="cr-deadlines__changed">
          {t('decision.dates.changed', { date: f.dayDate(d.override.originalDue), reason: d.override.reason })}
        </span>
      ) : null}
    </>
  );
}
