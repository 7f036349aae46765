import { useMemo } from 'react';
import { buildTrend, movement, todaysRound, type Trend, type TrendColumn, type TrendLine } from '../../../shared/rules/trend.ts';
import { trendChartSvg, trendColour, trendSentences, type TrendLabels } from '../../../shared/export/trendChart.ts';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { Table } from '../../components/govuk/Table.tsx';

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
    noLatest: (c: TrendColumn) => t('review.trend.noLatest', { today: c.today ? 'yes' : 'no' }),
  }), [t, f]);
}

/**
 * TR5 — "Where we were, where we are now": the same SVG the record prints (shared/export/trendChart.ts,
 * which escapes every word it draws), scaled to the screen, with the numbers in words for screen
 * readers; and, except on the projector, the same numbers as a table with how far each has moved in
 * words, which reads at a glance on a phone (where the chart is small) and without colour.
 */
export function TrendFigure({ trend, by = 'person', className, table = true }: { trend: Trend; by?: 'person' | 'role'; className?: string; table?: boolean }) {
  const t = useT();
  const labels = useTrendLabels();
  const { svg, width, height } = useMemo(() => trendChartSvg(trend, labels, by), [trend, labels, by]);
  const compact = useMemo(() => (table ? trendChartSvg(trend, labels, by, { compact: true }) : null), [trend, labels, by, table]);
  const words = useMemo(() => trendSentences(trend, labels, by), [trend, labels, by]);
  return (
    <figure className={`cr-trend ${className ?? ''}`} data-testid={`trend-${by}`}>
      <figcaption className="cr-trend__caption">{t(by === 'person' ? 'review.trend.title' : 'review.trend.byRole')}</figcaption>
      <p className="cr-trend__intro">{t('review.trend.intro')}</p>
      <div className="cr-trend__chart cr-trend__chart--wide" role="img" aria-label={words.join(' ')} style={{ aspectRatio: `${width} / ${height}` }} dangerouslySetInnerHTML={{ __html: svg }} />
      {/* On a phone: the chart without names (the list under it names each line, with its colour and number). */}
      {compact ? (
        <div className="cr-trend__chart cr-trend__chart--compact" role="img" aria-label={words.join(' ')} style={{ aspectRatio: `${compact.width} / ${compact.height}` }} dangerouslySetInnerHTML={{ __html: compact.svg }} />
      ) : null}
      {table ? <TrendTable trend={trend} by={by} labels={labels} /> : null}
    </figure>
  );
}

/** How far a line has moved since its first score, in words (on the safer scale, TR2). */
function useMoved(): (l: TrendLine) => string {
  const t = useT();
  return (l) => {
    const known = l.safer.filter((s): s is number => s !== null);
    const d = known.length > 1 ? Math.abs(known.at(-1)! - known[0]!) : 0;
    const m = movement(l);
    return m === 'safer' ? t('review.trend.safer_by', { n: d }) : m === 'less_safe' ? t('review.trend.lessSafe_by', { n: d }) : m === 'same' ? t('review.trend.same') : t('review.trend.none');
  };
}

/**
 * TR5: each line's scores by conference, and how far it has moved since its first score, in words:
 * a table on a wide screen, a list on a phone (where four columns do not fit). CSS shows one.
 */
function TrendTable({ trend, by, labels }: { trend: Trend; by: 'person' | 'role'; labels: TrendLabels }) {
  const t = useT();
  const f = useFormat();
  const movedWords = useMoved();
  const lines = by === 'person' ? trend.people : trend.roles;
  const first = trend.columns[0];
  const lastColumn = trend.columns.at(-1);
  const moved = (l: TrendLine) => (lastColumn && l.scores.at(-1) === null ? labels.noLatest(lastColumn) : movedWords(l));
  const latest = (l: TrendLine) => [...l.scores].reverse().find((s) => s !== null) ?? null;
  const when = (c: TrendColumn) => {
    const [date = '', kind = ''] = labels.column(c);
    return t('review.trend.column', { kind, date });
  };
  const since = first ? t('review.trend.change', { date: f.date(first.startsAt.slice(0, 10)) }) : '';
  return (
    <>
      <Table
        className="cr-trend__table"
        caption={t('review.trend.table')}
        captionSize="s"
        firstCellIsHeader
        head={[
          { key: 'who', content: t('review.trend.who') },
          ...trend.columns.map((c, i) => ({ key: `c${i}`, content: when(c), numeric: true })),
          { key: 'change', content: since },
        ]}
        rows={lines.map((l) => ({
          key: l.key,
          cells: [labels.line(l, by), ...l.scores.map((s) => (s === null ? t('review.trend.none') : String(s))), moved(l)],
        }))}
      />
      <div className="cr-trend__list">
        <h3 className="govuk-heading-s">{t('review.trend.table')}</h3>
        <ul className="govuk-list">
          {lines.map((l, i) => (
            <li key={l.key} className="cr-trend__person">
              <span className="cr-trend__key" style={{ background: trendColour(i) }} aria-hidden="true">{latest(l)}</span>
              <strong>{labels.line(l, by)}</strong>
              {trend.columns.map((c, i) => (
                <span key={i} className="cr-trend__score">
                  {t('review.trend.scoreAt', { when: when(c), score: l.scores[i] === null ? t('review.trend.none') : String(l.scores[i]) })}
                </span>
              ))}
              <span className="cr-trend__moved">{t('review.trend.scoreAt', { when: since, score: moved(l) })}</span>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/** The trend for a screen that may have none (an initial conference): nothing at all then. */
export function TrendIfReview({ by, className }: { by?: 'person' | 'role'; className?: string }) {
  const trend = useTrend();
  return trend ? <TrendFigure trend={trend} by={by} className={className} /> : null;
}
