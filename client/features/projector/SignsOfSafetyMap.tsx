import { useMemo } from 'react';
import { useConference } from '../../model/hooks.ts';
import { itemEntries } from './ProjectorItem.tsx';
import { PagedColumn, type Entry } from './paging.tsx';

/**
 * The Signs of Safety map as people recognise it: three columns side by side. Each column has
 * words and a symbol, never colour alone, and worries are not shown in alarm colours.
 */
export function SignsOfSafetyMap({ current }: { current: 'worries' | 'working_well' }) {
  const items = useConference((m) => m.items);
  const dangers = useConference((m) => m.dangers);
  const actions = useConference((m) => m.actions);
  const worried = useMemo(() => itemEntries(items, ['past_harm', 'future_danger', 'complicating_factors'], true), [items]);
  const working = useMemo(() => itemEntries(items, ['strengths', 'existing_safety'], true), [items]);
  const needs = useMemo((): Entry[] => {
    const goals = dangers.filter((d) => d.goal).map((d) => ({ key: `g-${d.id}`, node: <p className="cr-proj-item__text">{d.goal}</p> }));
    const acts = actions.map((a) => ({ key: `a-${a.id}`, node: <p className="cr-proj-item__text">{a.what}</p> }));
    return [...goals, ...acts];
  }, [dangers, actions]);

  return (
    <div className="cr-proj-columns cr-proj-columns--3 cr-proj-map">
      <MapColumn id="map-worried" title="What we are worried about" symbol="?" here={current === 'worries'} entries={worried} kind="worried" />
      <MapColumn id="map-working" title="What is working well" symbol="✓" here={current === 'working_well'} entries={working} kind="working" />
      <MapColumn id="map-needs" title="What needs to happen" symbol="→" here={false} entries={needs} kind="needs" empty="We will agree this later in the meeting." />
    </div>
  );
}

function MapColumn({
  id,
  title,
  symbol,
  here,
  entries,
  kind,
  empty,
}: {
  id: string;
  title: string;
  symbol: string;
  here: boolean;
  entries: readonly Entry[];
  kind: string;
  empty?: string;
}) {
  return (
    <section className={`cr-proj-column cr-proj-map__col cr-proj-map__col--${kind}${here ? ' cr-proj-map__col--here' : ''}`} aria-label={title}>
      {/* Every column keeps the line so the headings stay level; only the current one shows it. */}
      <p className={`cr-proj-map__here${here ? '' : ' cr-proj-map__here--hidden'}`} aria-hidden={!here}>
        We are here
      </p>
      <h2 className="cr-proj-column__title">
        <span className="cr-proj-map__symbol" aria-hidden="true">
          {symbol}
        </span>
        {title}
      </h2>
      <PagedColumn pagerKey={id} entries={entries} empty={empty ?? 'Nothing added yet.'} />
    </section>
  );
}
