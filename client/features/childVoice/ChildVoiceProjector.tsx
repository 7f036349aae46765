import { useMemo } from 'react';
import { HOUSES, HOUSE_SECTION, houseTitle, type House } from '../../../shared/rules/childVoice.ts';
import { useT } from '../../i18n/useT.tsx';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { PagedColumn, type Entry } from '../projector/paging.tsx';
import { ProjectorItem } from '../projector/ProjectorItem.tsx';
import { firstName } from './useChildVoice.ts';

/** Step 10 on the projector: the Three Houses, each child's words under their name, and each child's own scale (CV1). */
export function ChildVoiceProjector() {
  const t = useT();
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
        {t('childVoice.projector.scales', {
          scales: conference.children
            .map((c) => {
              const s = scales.find((x) => x.childId === c.id);
              return t(!s ? 'childVoice.projector.notYet' : s.onBehalf ? 'childVoice.projector.scoreForThem' : 'childVoice.projector.score', { name: firstName(c.name), score: s?.score ?? 0 });
            })
            .join(' · '),
        })}
      </p>
    </div>
  );
}

function HouseColumn({ house }: { house: House }) {
  const t = useT();
  const { conference } = useRoom();
  const items = useConference((m) => m.items);
  const entries = useMemo((): Entry[] => {
    const inHouse = items.filter((i) => i.section === HOUSE_SECTION[house] && !i.restricted);
    const groups = [...conference.children.map((c) => ({ id: c.id as string | null, title: firstName(c.name) })), { id: null, title: t('childVoice.allChildren') }];
    return groups.flatMap((g) => {
      const list = inHouse.filter((i) => (i.details.childId ?? null) === g.id);
      if (!list.length) return [];
      return [{ key: `h-${house}-${g.id ?? 'all'}`, keepWithNext: true, node: <h3 className="cr-proj-subheading">{g.title}</h3> }, ...list.map((i) => ({ key: i.id, node: <ProjectorItem item={i} /> }))];
    });
  }, [items, house, conference.children, t]);
  return (
    <section className="cr-proj-column" aria-label={t(houseTitle(house))}>
      <h2 className="cr-proj-column__title">{t(houseTitle(house))}</h2>
      <PagedColumn pagerKey={house} entries={entries} empty={t('childVoice.nothingYet')} />
    </section>
  );
}
