import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { useSectionExplanation } from './useSectionExplanation.ts';
import type { AgendaStep, BoardSection } from '../../../shared/rules/agenda.ts';
import { sectionsOf } from '../../model/steps.ts';
import { ItemText } from './ItemText.tsx';
import { useSectionItems } from './useSectionItems.ts';
import { useT } from '../../i18n/useT.tsx';
import { LastTime } from '../review/LastTime.tsx';

/** A board step for participants: one column, each section's items in order, read only. */
export function BoardRead({ step }: { step: AgendaStep }) {
  return (
    <div className="cr-board-read">
      {sectionsOf(step).map((s) => (
        <SectionRead key={s.id} section={s} />
      ))}
    </div>
  );
}

function SectionRead({ section }: { section: BoardSection }) {
  const items = useSectionItems(section.id);
  const agenda = useAgendaWords();
  const sectionExplanation = useSectionExplanation();
  const t = useT();
  const headingId = `read-${section.id}-title`;
  return (
    <section aria-labelledby={headingId} className="cr-section-read">
      <h2 className="govuk-heading-m" id={headingId}>
        {agenda.sectionTitle(section.id)}
      </h2>
      <p className="govuk-hint">{sectionExplanation(section.id)}</p>
      <LastTime section={section.id} />
      {items.length === 0 ? (
        <p className="govuk-body cr-empty">{t('board.nothingYet')}</p>
      ) : (
        <ol className="cr-item-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <li key={item.id} className={`cr-item${item.restricted ? ' cr-item--restricted' : ''}`}>
              <ItemText item={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
