import { MAX_DANGER_STATEMENTS } from '../../../shared/rules/agenda.ts';
import { familyCount, familyNumbers } from '../../../shared/rules/restriction.ts';
import { useMemo } from 'react';
import { useCanEdit, useConference } from '../../model/hooks.ts';
import { DangerPair } from './DangerPair.tsx';
import { NewDangerForm } from './NewDangerForm.tsx';
import { useT } from '../../i18n/useT.tsx';

/** Step 8 for the chair: up to five danger statements, each paired with its safety goal. */
export function DangerStep() {
  const dangers = useConference((m) => m.dangers);
  const canEdit = useCanEdit();
  const t = useT();
  const numbers = useMemo(() => familyNumbers(dangers), [dangers]);
  const restricted = dangers.length - familyCount(dangers);
  return (
    <div className="cr-dangers">
      <p className="govuk-body">
        {t('dangers.count', { max: MAX_DANGER_STATEMENTS, written: dangers.length, restricted })}
      </p>
      {dangers.length > 0 ? (
        <ol className="cr-danger-list" aria-label={t('dangers.listLabel')}>
          {dangers.map((d, i) => (
            <DangerPair key={d.id} danger={d} index={i} list={dangers} number={numbers.get(d.id) ?? null} />
          ))}
        </ol>
      ) : null}
      {canEdit && dangers.length < MAX_DANGER_STATEMENTS ? <NewDangerForm number={familyCount(dangers) + 1} /> : null}
      {canEdit && dangers.length >= MAX_DANGER_STATEMENTS ? (
        <p className="govuk-body">{t('dangers.full', { max: MAX_DANGER_STATEMENTS })}</p>
      ) : null}
    </div>
  );
}
