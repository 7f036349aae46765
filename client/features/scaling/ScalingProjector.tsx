import { useEffect, useMemo } from 'react';
import type { ScalingRound, ScoreResult } from '../../../shared/schema/project.ts';
import { PagedColumn, PagingContext, usePaging, type Entry } from '../projector/paging.tsx';
import { BandNote } from './BandNote.tsx';
import { DotPlot } from './DotPlot.tsx';
import { SCORER_GROUPS, type ScorerGroup } from '../../../shared/rules/scaling.ts';
import { useT, type Translate } from '../../i18n/useT.tsx';
import { haveScored, useCurrentRound, useRoleLabel, useScorers, validResults } from './scaleText.ts';
import { TrendFigure, useTrend } from '../review/TrendFigure.tsx';

/**
 * Step 9 on the projector. While people score: the question, the number line with both ends
 * explained, and how many have scored (never a number). After the reveal: the dot plot on the
 * first page, then everyone's reasons on the pages after it.
 */
export function ScalingProjector() {
  const t = useT();
  const round = useCurrentRound();
  const trend = useTrend();
  if (!round) {
    return (
      <>
        <p className="cr-proj-empty">{t('scaling.projector.soon')}</p>
        {/* TR5: at a review, where everyone was at the earlier conferences. */}
        {trend ? <TrendFigure trend={trend} className="cr-trend--projector" table={false} /> : null}
      </>
    );
  }
  return round.status === 'revealed' ? <Revealed round={round} /> : <Scoring round={round} />;
}

const REASON_KEYS = SCORER_GROUPS.map((g) => `reasons-${g}`);

function Scoring({ round }: { round: ScalingRound }) {
  const t = useT();
  const { scorers, scoredCount } = useScorers(round);
  const { report } = usePaging();
  // A new question after a reveal: the last question's reason pages no longer count.
  useEffect(() => REASON_KEYS.forEach((k) => report(k, 1)), [report, round.id]);
  return (
    <div className="cr-proj-scaling">
      <p className="cr-proj-question">{round.question}</p>
      <DotPlot round={round} size="projector" bands={false} />
      <p className="cr-proj-count">
        {t(round.status === 'closed' ? 'scaling.projector.closed' : 'scaling.projector.open', { scored: t(haveScored(scoredCount, scorers.length)) })}
      </p>
    </div>
  );
}

/**
 * Page 1 is the plot; at a review page 2 is the trend with today's scores, each person's, and page 3
 * each role's (TR5); the reasons page on after them (Page Down on the projector).
 */
function Revealed({ round }: { round: ScalingRound }) {
  const outer = usePaging();
  const trend = useTrend();
  const before = trend ? 3 : 1;
  const inner = useMemo(() => ({ page: outer.page - before, report: (key: string, n: number) => outer.report(key, n + before) }), [outer, before]);
  if (trend && outer.page === 1) return <TrendFigure trend={trend} className="cr-trend--projector" table={false} />;
  if (trend && outer.page === 2) return <TrendFigure trend={trend} by="role" className="cr-trend--projector" table={false} />;
  if (outer.page === 0) {
    return (
      <div className="cr-proj-scaling">
        <DotPlot round={round} size="projector" />
        <BandNote round={round} projector />
        <PagingContext.Provider value={inner}>
          <Reasons round={round} hidden />
        </PagingContext.Provider>
      </div>
    );
  }
  return (
    <PagingContext.Provider value={inner}>
      <Reasons round={round} />
    </PagingContext.Provider>
  );
}

function reasonEntries(results: readonly ScoreResult[], group: ScorerGroup, t: Translate, roleLabel: (role: string) => string): Entry[] {
  return results
    .filter((r) => r.group === group)
    .map((r) => ({
      key: r.attendeeId,
      node: (
        <div className="cr-proj-reason">
          <p className="cr-proj-item__meta">
            {t(r.onBehalf ? 'scaling.projector.roleScoreByChair' : 'scaling.projector.roleScore', { role: roleLabel(r.role), score: r.score })}
          </p>
          <p className="cr-proj-item__text">{r.reason || t('scaling.noReason')}</p>
        </div>
      ),
    }));
}

function Reasons({ round, hidden = false }: { round: ScalingRound; hidden?: boolean }) {
  const results = useMemo(() => validResults(round), [round]);
  // SC11: a column for the child and their advocate only when one of them scored.
  const groups = SCORER_GROUPS.filter((g) => g !== 'child' || results.some((r) => r.group === 'child'));
  // On the plot's page the columns are only measured (so the page count is right), never shown.
  return (
    <div className={`cr-proj-columns cr-proj-columns--${groups.length}${hidden ? ' cr-proj-measure-only' : ''}`} aria-hidden={hidden || undefined}>
      {groups.map((g) => (
        <ReasonColumn key={g} group={g} results={results} />
      ))}
    </div>
  );
}

function ReasonColumn({ group, results }: { group: ScorerGroup; results: readonly ScoreResult[] }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const entries = useMemo(() => reasonEntries(results, group, t, roleLabel), [results, group, t, roleLabel]);
  const title = t('scaling.projector.reasons', { group: t(`scaling.group.${group}`) });
  return (
    <section className="cr-proj-column" aria-label={title}>
      <h2 className="cr-proj-column__title">{title}</h2>
      <PagedColumn pagerKey={`reasons-${group}`} entries={entries} empty={t('scaling.noScores')} />
    </section>
  );
}
