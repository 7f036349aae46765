import type { BoardSection } from '../../../shared/rules/agenda.ts';
import { addItem, moveItem } from '../../../shared/commands/items.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { useSectionExplanation } from './useSectionExplanation.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useUi } from '../../state/ui.ts';
import { ItemCard } from './ItemCard.tsx';
import { ItemForm } from './ItemForm.tsx';
import { neighbours, useSectionItems } from './useSectionItems.ts';
import { useDragReorder } from './useDragReorder.ts';
import { useT } from '../../i18n/useT.tsx';
import { LastTime } from '../review/LastTime.tsx';

/** One board section on the chair's screen: its items in order, and a form to add one. */
export function SectionColumn({ section }: { section: BoardSection }) {
  const { user } = useRoom();
  const items = useSectionItems(section.id);
  const agenda = useAgendaWords();
  const sectionExplanation = useSectionExplanation();
  const t = useT();
  const title = agenda.sectionTitle(section.id);
  const closedSession = useConference((m) => m.closedSession);
  const canEdit = useCanEdit();
  const runAdd = useCommand(addItem);
  const runMove = useCommand(moveItem);
  const focusSeq = useUi((s) => (s.addRequest?.target === section.id ? s.addRequest.seq : 0));
  const setActiveSection = useUi((s) => s.setActiveSection);

  const move = (id: string, index: number) => {
    const { after, before } = neighbours(items, id, index);
    runMove(id, after, before);
  };
  const { listRef, drag, handleProps } = useDragReorder(move);
  const headingId = `section-${section.id}-title`;

  return (
    <section className="cr-section-column" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m cr-section-column__title" id={headingId}>
        {title} <span className="cr-section-column__count">{t('board.count', { count: items.length })}</span>
      </h2>
      <p className="govuk-hint">{sectionExplanation(section.id)}</p>
      <LastTime section={section.id} />
      {items.length === 0 ? <p className="govuk-body cr-empty">{t('board.nothingYet')}</p> : null}
      <ol className={`cr-item-list${drag && drag.index >= items.length - 1 ? ' cr-item-list--drop-end' : ''}`} ref={listRef} aria-labelledby={headingId}>
        {items.map((item, i) => {
          const restIndex = drag ? items.filter((x) => x.id !== drag.id).findIndex((x) => x.id === item.id) : -1;
          return (
            <ItemCard
              key={item.id}
              item={item}
              section={section}
              position={i}
              total={items.length}
              onMove={move}
              handleProps={handleProps(item.id)}
              dragging={drag?.id === item.id}
              dropBefore={drag !== null && drag.id !== item.id && restIndex === drag.index}
            />
          );
        })}
      </ol>
      {canEdit ? (
        <ItemForm
          idPrefix={`add-${section.id}`}
          section={section}
          defaultRestricted={closedSession}
          submitLabel={t('board.addTo', { section: title })}
          focusSignal={focusSeq}
          onFocusWithin={() => setActiveSection(section.id)}
          onSubmit={(v) => runAdd({ section: section.id, text: v.text, source: v.source, details: v.details, restricted: v.restricted, addedBy: user.name })}
        />
      ) : null}
    </section>
  );
}
