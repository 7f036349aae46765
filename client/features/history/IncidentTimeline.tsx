import { useMemo } from 'react';
import { incidentTimeline } from '../../../shared/rules/incidents.ts';
import { incidentKindId } from '../../../shared/rules/incidentKinds.ts';
import { WarningText } from '../../components/Banner.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { useConference } from '../../model/hooks.ts';

/** Short enough to scan beside the full items in the column below. */
const GIST = 120;
const gist = (t: string) => (t.length > GIST ? `${t.slice(0, GIST).replace(/[\s.,;:]+$/, '')}…` : t);

/** IN1 on the chair's screen: the incidents in date order, and what is still missing. */
export function IncidentTimeline() {
  const t = useT();
  const f = useFormat();
  const items = useConference((m) => m.items);
  const { entries, warnings } = useMemo(() => incidentTimeline(items), [items]);
  return (
    <section className="cr-timeline" aria-labelledby="timeline-title">
      <h2 className="govuk-heading-m" id="timeline-title">
        {t('history.timeline')}
      </h2>
      {warnings.map((w) => (
        <WarningText key={w.id}>{t(w)}</WarningText>
      ))}
      {entries.length ? (
        <ol className="cr-timeline__list">
          {entries.map((e) => (
            <li key={e.item.id} className="cr-timeline__entry">
              <span className="cr-timeline__when">
                {e.date ? f.date(e.date) : t('history.noDate')}
                {e.kind ? <strong>{t('history.kindAfterDate', { kind: t(incidentKindId(e.kind)) })}</strong> : null}
              </span>
              <span className="cr-timeline__gist">{gist(e.item.text)}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
