import { useMemo } from 'react';
import { buildTrend, todaysRound, type Trend, type TrendLine } from '../../../shared/rules/trend.ts';
import { trendChartSvg, trendSentences, type TrendLabels } from '../../../shared/export/trendChart.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';

/** TR1–TR4: the case's trend for this review (earlier rounds, and today's once revealed); null when there is none. */
export function useTrend(): Trend | null {
  const { conference } = useRoom();
  const earlier = useConference((m) => m.previous?.trend ?? null);
  const rounds = useConference((m) => m.rounds);
  const current = useConference((m) => m.currentRoundId);
  return useMemo(() => {
    if (!earlier?.length) return null;
    const t = buildTrend(earlier, todaysRound(rounds, current, conference.startsAt));
    return t.people.length ? t : null;
  }, [earlier, rounds, current, conference.startsAt]);
}

/** The chart's words in this device's language. */
function useTrendLabels(): TrendLabels {
  const t = useT();
  const f = useFormat();
  return useMemo(() => ({
    column: (c) => [f.date(c.startsAt.slice(0, 10)), t(c.today ? 'review.trend.today' : c.type === 'initial' ? 'review.trend.initial' : 'review.trend.review')],
    line: (l: TrendLine, by) => (by === 'person' ? t('review.trend.person', { name: l.name, role: t(`role.${l.role}` as MessageId) }) : t(`role.${l.role}` as MessageId)),
    safer: t('review.trend.safer'),
    lessSafe: t('review.trend.lessSafe'),
    reversed: t('review.trend.reversed'),
  }), [t, f]);
}

/**
 * TR5 — "Where we were, where we are now": the same SVG the record prints (shared/export/trendChart.ts,
 * which escapes every word it draws), scaled to the screen, with the numbers in words for screen readers.
 */
export function TrendFigure({ trend, by = 'person', className }: { trend: Trend; by?: 'person' | 'role'; className?: string }) {
  const t = useT();
  const labels = useTrendLabels();
  const { svg, width, height } = useMemo(() => trendChartSvg(trend, labels, by), [trend, labels, by]);
  const words = useMemo(() => trendSentences(trend, labels, by), [trend, labels, by]);
  return (
    <figure className={`cr-trend ${className ?? ''}`} data-testid={`trend-${by}`}>
      <figcaption className="cr-trend__caption">{t(by === 'person' ? 'review.trend.title' : 'review.trend.byRole')}</figcaption>
      <div className="cr-trend__chart" role="img" aria-label={words.join(' ')} style={{ aspectRatio: `${width} / ${height}` }} dangerouslySetInnerHTML={{ __html: svg }} />
    </figure>
  );
}

/** The trend for a screen that may have none (an initial conference): nothing at all then. */
export function TrendIfReview({ by, className }: { by?: 'person' | 'role'; className?: string }) {
  const trend = useTrend();
  return trend ? <TrendFigure trend={trend} by={by} className={className} /> : null;
}
