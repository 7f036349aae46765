import { useMemo } from 'react';
import { familyNumbers } from '../../../shared/rules/restriction.ts';
import { useConference } from '../../model/hooks.ts';
import { RestrictedTag } from '../../components/Tag.tsx';

/** Danger statements and safety goals, read only, one pair after another, numbered as the family sees them (RS6). */
export function DangersRead() {
  const dangers = useConference((m) => m.dangers);
  const numbers = useMemo(() => familyNumbers(dangers), [dangers]);
  if (dangers.length === 0) return <p className="cr-body cr-empty">Nothing written yet.</p>;
  return (
    <ol className="cr-danger-read" aria-label="Danger statements and safety goals">
      {dangers.map((d) => (
        <li key={d.id} className={`cr-danger-read__pair${d.restricted ? ' cr-danger-read__pair--restricted' : ''}`}>
          <h2 className="cr-heading-s">{numbers.has(d.id) ? `Worry ${numbers.get(d.id)}` : 'Professionals-only worry'}</h2>
          {d.restricted ? <RestrictedTag /> : null}
          <p className="cr-danger-read__label">What we are worried about</p>
          <p className="cr-body">{d.statement || 'Not written yet.'}</p>
          <p className="cr-danger-read__label">What needs to happen (safety goal)</p>
          <p className="cr-body">{d.goal || 'Not written yet.'}</p>
        </li>
      ))}
    </ol>
  );
}
