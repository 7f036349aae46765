import { useMemo } from 'react';
import { incidentTimeline } from '../../../shared/rules/incidents.ts';
import { incidentKindId } from '../../../shared/rules/incidentKinds.ts';
import { useCurrentLocale, useFormat, useT } from '../../i18n/useT.tsx';
import { sourceAgency } from '../../../shared/schema/item.ts';
import { useConference } from '../../model/hooks.ts';
import { PagedColumn, type Entry } from '../projector/paging.tsx';

/**
 * IN1 on the projector: the first, worst and last times as a dated timeline, oldest first, across
 * the width of the screen. A long account continues on the next page rather than being cut off.
 */
export function HistoryProjector() {
  const t = useT();
  const f = useFormat();
  const items = useConference((m) => m.items);
  const locale = useCurrentLocale();
  const entries = useMemo((): Entry[] => {
    return incidentTimeline(items.filter((i) => !i.restricted)).entries.map((e) => {
      const source = [e.item.source.name, sourceAgency(e.item.source, locale)].filter(Boolean).join(', ');
      return {
        key: e.item.id,
        node: (
          <div className="cr-proj-timeline__entry">
            <p className="cr-proj-timeline__when">
              {e.date ? f.date(e.date) : t('history.dateNotKnown')}
              {e.kind ? <span className="cr-proj-timeline__kind">{t('history.kindAfterDate', { kind: t(incidentKindId(e.kind)) })}</span> : null}
            </p>
            <p className="cr-proj-item__text">{e.item.text}</p>
            {source ? <p className="cr-proj-item__source">{source}</p> : null}
          </div>
        ),
      };
    });
  }, [items, t, f, locale]);
  return (
    <div className="cr-proj-columns cr-proj-columns--1">
      <section className="cr-proj-column cr-proj-timeline" aria-label={t('history.timeline')}>
        <PagedColumn pagerKey="timeline" entries={entries} empty={t('board.nothingYet')} frames={2} />
      </section>
    </div>
  );
}
