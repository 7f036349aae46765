import { useMemo } from 'react';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { Both, useBothText } from '../../i18n/Both.tsx';
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
      <MapColumn id="map-worried" titleId="projector.map.worried" symbol="?" here={current === 'worries'} entries={worried} kind="worried" />
      <MapColumn id="map-working" titleId="projector.map.working" symbol="✓" here={current === 'working_well'} entries={working} kind="working" />
      <MapColumn id="map-needs" titleId="projector.map.needs" symbol="→" here={false} entries={needs} kind="needs" emptyId="projector.map.needsLater" />
    </div>
  );
}

function MapColumn({
  id,
  titleId,
  symbol,
  here,
  entries,
  kind,
  emptyId = 'board.nothingYet',
}: {
  id: string;
  titleId: MessageId;
  /** A picture beside the title, hidden from screen readers (the title says it). */
  symbol: string;
  here: boolean;
  entries: readonly Entry[];
  kind: string;
  emptyId?: MessageId;
}) {
  const both = useBothText();
  return (
    <section className={`cr-proj-column cr-proj-map__col cr-proj-map__col--${kind}${here ? ' cr-proj-map__col--here' : ''}`} aria-label={both(titleId)}>
      {/* Every column keeps the line so the headings stay level; only the current one shows it. */}
      <p className={`cr-proj-map__here${here ? '' : ' cr-proj-map__here--hidden'}`} aria-hidden={!here}>
        {both('projector.map.here')}
      </p>
      <h2 className="cr-proj-column__title">
        <span className="cr-proj-map__symbol" aria-hidden="true">
          {symbol}
        </span>
        <span>
          <Both id={titleId} />
        </span>
      </h2>
      <PagedColumn pagerKey={id} entries={entries} empty={<Both id={emptyId} />} />
    </section>
  );
}
