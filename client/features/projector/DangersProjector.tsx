import { useMemo } from 'react';
import { Both, useBothText } from '../../i18n/Both.tsx';
import { useT } from '../../i18n/useT.tsx';
import { useConference } from '../../model/hooks.ts';
import { PagedColumn, type Entry } from './paging.tsx';

/** Danger statements and safety goals on the projector, each pair whole on a page. */
export function DangersProjector() {
  const t = useT();
  const both = useBothText();
  const dangers = useConference((m) => m.dangers);
  const entries = useMemo(
    (): Entry[] =>
      dangers.map((d, i) => ({
        key: d.id,
        node: (
          <div className="cr-proj-pair">
            <div>
              <p className="cr-proj-pair__label">
                <Both id="projector.dangers.worry" values={{ n: i + 1 }} />
              </p>
              <p className="cr-proj-item__text">{d.statement || t('projector.dangers.notWritten')}</p>
            </div>
            <div>
              <p className="cr-proj-pair__label">
                <Both id="projector.dangers.goal" />
              </p>
              <p className="cr-proj-item__text">{d.goal || t('projector.dangers.notWritten')}</p>
            </div>
          </div>
        ),
      })),
    [dangers, t],
  );
  return (
    <div className="cr-proj-columns cr-proj-columns--1">
      <section className="cr-proj-column" aria-label={both('projector.dangers.label')}>
        <PagedColumn pagerKey="dangers" entries={entries} empty={<Both id="projector.dangers.empty" />} frames={2} />
      </section>
    </div>
  );
}
