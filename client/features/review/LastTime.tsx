import { useMemo } from 'react';
import { useConference } from '../../model/hooks.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { RestrictedTag } from '../../components/Tag.tsx';

/**
 * RV1 — At a review, what was said in this section at the last conference, shown beside what is said
 * now ("last time" / "now"); it is history, never copied onto this board. A family device has only
 * last time's shared items; a professional's also the professionals-only ones, marked.
 */
export function LastTime({ section }: { section: string }) {
  const t = useT();
  const f = useFormat();
  const previous = useConference((m) => m.previous);
  const items = useMemo(() => previous?.items.filter((i) => i.section === section) ?? [], [previous, section]);
  if (!previous) return null;
  return (
    <details className="govuk-details cr-last-time" open={items.length > 0} data-testid={`last-time-${section}`}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t('review.lastTime.title', { date: f.date(previous.startsAt.slice(0, 10)) })}</span>
      </summary>
      <div className="govuk-details__text">
        {items.length === 0 ? (
          <p className="govuk-body">{t('review.lastTime.empty')}</p>
        ) : (
          <ul className="cr-last-time__list">
            {items.map((i) => (
              <li key={i.id}>
                {i.restricted ? <RestrictedTag /> : null}
                {i.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
