import type { AgendaStep } from '../../../shared/rules/agenda.ts';
import { sectionsOf } from '../../model/steps.ts';
import { SectionColumn } from './SectionColumn.tsx';

/** A board step on the chair's screen: each of its sections side by side (stacked when narrow). */
export function BoardStep({ step }: { step: AgendaStep }) {
  const sections = sectionsOf(step);
  return (
    <div className={`cr-board cr-board--${sections.length}`}>
      {sections.map((s) => (
        <SectionColumn key={s.id} section={s} />
      ))}
    </div>
  );
}
