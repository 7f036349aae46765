import { useMemo } from 'react';
import { familyNumbers } from '../../../shared/rules/restriction.ts';
import { useConference } from '../../model/hooks.ts';
import { RestrictedTag } from '../../components/Tag.tsx';
import { useT } from '../../i18n/useT.tsx';

/** Danger statements and safety goals, read only, one pair after another, numbered as the family sees them (RS6). */
export function DangersRead() {
  const dangers = useConference((m) => m.dangers);
  const numbers = useMemo(() => familyNumbers(dangers), [dangers]);
  const t = useT();
  if (dangers.length === 0) return <p className="govuk-body cr-empty">{t('dangers.nothingYet')}</p>;
  return (
    <ol className="cr-danger-read" aria-label={t('dangers.listLabel')}>
      {dangers.map((d) => (
        <li key={d.id} className={`cr-danger-read__pair${d.restricted ? ' cr-danger-read__pair--restricted' : ''}`}>
          <h2 className="govuk-heading-s">{t('dangers.worryHeading', { number: numbers.get(d.id) ?? 0, numbered: numbers.has(d.id) ? 'yes' : 'no' })}</h2>
          {d.restricted ? <RestrictedTag /> : null}
          <p className="cr-danger-read__label">{t('dangers.read.statement')}</p>
          <p className="govuk-body">{d.statement || t('dangers.notWrittenYet')}</p>
          <p className="cr-danger-read__label">{t('dangers.read.goal')}</p>
          <p className="govuk-body">{d.goal || t('dangers.notWrittenYet')}</p>
        </li>
      ))}
    </ol>
  );
}
