import { useMemo } from 'react';
import type { AgendaStep } from '../../../shared/rules/agenda.ts';
import type { Item } from '../../../shared/schema/item.ts';
import { useConference } from '../../model/hooks.ts';
import { sectionsOf } from '../../model/steps.ts';
import { PagedColumn } from './paging.tsx';
import { itemEntries } from './ProjectorItem.tsx';
import { SignsOfSafetyMap } from './SignsOfSafetyMap.tsx';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { Both, useBothText } from '../../i18n/Both.tsx';
import type { Msg } from '../../../shared/i18n/messages.ts';

/** A board step on the projector: the Signs of Safety map for worries and what is working well, columns otherwise. */
export function BoardProjector({ step }: { step: AgendaStep }) {
  if (step.id === 'worries' || step.id === 'working_well') return <SignsOfSafetyMap current={step.id} />;
  return <SectionColumns step={step} />;
}

function SectionColumns({ step }: { step: AgendaStep }) {
  const items = useConference((m) => m.items);
  const sections = sectionsOf(step);
  const agenda = useAgendaWords();
  return (
    <div className={`cr-proj-columns cr-proj-columns--${sections.length}`}>
      {/* One section spreads over two frames to use the width (PJ2); several sit side by side, one frame each. */}
      {sections.map((s) => (
        <SectionColumn key={s.id} id={s.id} title={agenda.sectionTitleMsg(s.id)} showTitle={sections.length > 1} items={items} frames={sections.length === 1 ? 2 : 1} />
      ))}
    </div>
  );
}

function SectionColumn({ id, title, showTitle, items, frames }: { id: string; title: Msg; showTitle: boolean; items: readonly Item[]; frames: number }) {
  const both = useBothText();
  const entries = useMemo(() => itemEntries(items, [id], false), [items, id]);
  return (
    <section className="cr-proj-column" aria-label={both(title.id, title.values)}>
      {showTitle ? (
        <h2 className="cr-proj-column__title">
          <Both {...title} />
        </h2>
      ) : null}
      <PagedColumn pagerKey={id} entries={entries} empty={<Both id="board.nothingYet" />} frames={frames} />
    </section>
  );
}
