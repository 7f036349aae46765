import { useMemo } from 'react';
import { useConference } from '../../model/hooks.ts';
import { PagedColumn, type Entry } from './paging.tsx';

/** Danger statements and safety goals on the projector, each pair whole on a page. */
export function DangersProjector() {
  const dangers = useConference((m) => m.dangers);
  const entries = useMemo(
    (): Entry[] =>
      dangers.map((d, i) => ({
        key: d.id,
        node: (
          <div className="cr-proj-pair">
            <div>
              <p className="cr-proj-pair__label">Worry {i + 1}: what we are worried about</p>
              <p className="cr-proj-item__text">{d.statement || 'Not written yet.'}</p>
            </div>
            <div>
              <p className="cr-proj-pair__label">Safety goal: what needs to happen</p>
              <p className="cr-proj-item__text">{d.goal || 'Not written yet.'}</p>
            </div>
          </div>
        ),
      })),
    [dangers],
  );
  return (
    <div className="cr-proj-columns cr-proj-columns--1">
      <section className="cr-proj-column" aria-label="Danger statements and safety goals">
        <PagedColumn pagerKey="dangers" entries={entries} empty="Nothing written yet." frames={2} />
      </section>
    </div>
  );
}
