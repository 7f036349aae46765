import { useMemo } from 'react';
import { HOUSES, HOUSE_SECTION, HOUSE_TITLES, type House } from '../../../shared/rules/childVoice.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { PagedColumn, type Entry } from '../projector/paging.tsx';
import { ProjectorItem } from '../projector/ProjectorItem.tsx';
import { firstName } from './useChildVoice.ts';

/** Step 10 on the projector: the Three Houses, each child's words under their name, and each child's own scale (CV1). */
export function ChildVoiceProjector() {
  const { conference } = useRoom();
  const scales = useConference((m) => m.childScales);
  return (
    <div>
      <div className="cr-proj-columns cr-proj-columns--3">
        {HOUSES.map((h) => (
          <HouseColumn key={h} house={h} />
        ))}
      </div>
      <p className="cr-proj-count">
        Each child’s own scale (10 is safe and happy):{' '}
        {conference.children
          .map((c) => {
            const s = scales.find((x) => x.childId === c.id);
            return `${firstName(c.name)} ${s ? `${s.score}${s.onBehalf ? ' (entered for them)' : ''}` : 'not yet'}`;
          })
          .join(' · ')}
      </p>
    </div>
  );
}

function HouseColumn({ house }: { house: House }) {
  const { conference } = useRoom();
  const items = useConference((m) => m.items);
  const entries = useMemo((): Entry[] => {
    const inHouse = items.filter((i) => i.section === HOUSE_SECTION[house] && !i.restricted);
    const groups = [...conference.children.map((c) => ({ id: c.id as string | null, title: firstName(c.name) })), { id: null, title: 'All the children' }];
    return groups.flatMap((g) => {
      const list = inHouse.filter((i) => (i.details.childId ?? null) === g.id);
      if (!list.length) return [];
      return [{ key: `h-${house}-${g.id ?? 'all'}`, keepWithNext: true, node: <h3 className="cr-proj-subheading">{g.title}</h3> }, ...list.map((i) => ({ key: i.id, node: <ProjectorItem item={i} /> }))];
    });
  }, [items, house, conference.children]);
  return (
    <section className="cr-proj-column" aria-label={HOUSE_TITLES[house]}>
      <h2 className="cr-proj-column__title">{HOUSE_TITLES[house]}</h2>
      <PagedColumn pagerKey={house} entries={entries} empty="Nothing yet." />
    </section>
  );
}
