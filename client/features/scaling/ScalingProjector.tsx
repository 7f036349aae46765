import { useEffect, useMemo } from 'react';
import type { ScalingRound, ScoreResult } from '../../../shared/schema/project.ts';
import { PagedColumn, PagingContext, usePaging, type Entry } from '../projector/paging.tsx';
import { BandNote } from './BandNote.tsx';
import { DotPlot } from './DotPlot.tsx';
import { SCORER_GROUPS, type ScorerGroup } from '../../../shared/rules/scaling.ts';
import { scaleForReader } from '../../../shared/rules/scaleWords.ts';
import { haveScored, useCurrentRound, useScorers, validResults } from './scaleText.ts';
import { Both } from '../../i18n/Both.tsx';
import { useSharedScreenLocales } from '../../i18n/locale.ts';
import { LANGUAGE_TAG, type Locale } from '../../../shared/i18n/locale.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { MessageId, Msg } from '../../../shared/i18n/messages.ts';
import { ROLE_LABELS } from '../../../shared/schema/roles.ts';
import { TrendFigure, useTrend } from '../review/TrendFigure.tsx';

/**
 * Step 9 on the projector. While people score: the question, the number line with both ends
 * explained, and how many have scored (never a number). After the reveal: the dot plot on the
 * first page, then everyone's reasons on the pages after it.
 */
export function ScalingProjector() {
  const round = useCurrentRound();
  const trend = useTrend();
  if (!round) {
    return (
      <>
        <p className="cr-proj-empty">
          <Both id="scaling.projector.soon" />
        </p>
        {/* TR5: at a review, where everyone was at the earlier conferences. */}
        {trend ? <TrendFigure trend={trend} className="cr-trend--projector" table={false} /> : null}
      </>
    );
  }
  return round.status === 'revealed' ? <Revealed round={round} /> : <Scoring round={round} />;
}

/** The question; the standard one in each of the projector's languages, a chair's own as written (SC10). */
function Question({ round }: { round: ScalingRound }) {
  const [, ...others] = useSharedScreenLocales();
  const seconds = others.map((l) => ({ l, text: scaleForReader(round, l).question })).filter((s) => s.text !== round.question);
  return (
    <p className="cr-proj-question">
      {round.question}
      {seconds.map((s) => (
        <span key={s.l} className="cr-bilingual__second" lang={LANGUAGE_TAG[s.l]}>
          {s.text}
        </span>
      ))}
    </p>
  );
}

const REASON_KEYS = SCORER_GROUPS.map((g) => `reasons-${g}`);

function Scoring({ round }: { round: ScalingRound }) {
  const { scorers, scoredCount } = useScorers(round);
  const { report } = usePaging();
  // A new question after a reveal: the last question's reason pages no longer count.
  useEffect(() => REASON_KEYS.forEach((k) => report(k, 1)), [report, round.id]);
  return (
    <div className="cr-proj-scaling">
      <Question round={round} />
      <DotPlot round={round} size="projector" bands={false} />
      <p className="cr-proj-count">
        <BothNested id={round.status === 'closed' ? 'scaling.projector.closed' : 'scaling.projector.open'} name="scored" inner={haveScored(scoredCount, scorers.length)} />
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

function reasonEntries(results: readonly ScoreResult[], group: ScorerGroup, locales: readonly Locale[]): Entry[] {
  const role = (l: Locale, r: string) => (r in ROLE_LABELS ? translate(l, { id: `role.${r}` as MessageId }) : r);
  return results
    .filter((r) => r.group === group)
    .map((r) => ({
      key: r.attendeeId,
      node: (
        <div className="cr-proj-reason">
          <p className="cr-proj-item__meta">
            {locales.map((l) => translate(l, { id: r.onBehalf ? 'scaling.projector.roleScoreByChair' : 'scaling.projector.roleScore', values: { role: role(l, r.role), score: r.score } })).join(' / ')}
          </p>
          <p className="cr-proj-item__text">{r.reason || <Both id="scaling.noReason" />}</p>
        </div>
      ),
    }));
}

/** A projector message with another message inside it ("{scored} so far"), in each of the projector's languages. */
function BothNested({ id, name, inner }: { id: MessageId; name: string; inner: Msg }) {
  const locales = useSharedScreenLocales();
  const [first, ...rest] = locales;
  if (!first) return null;
  const say = (l: Locale) => translate(l, { id, values: { ...(inner.values ?? {}), [name]: translate(l, inner) } });
  return (
    <>
      {say(first)}
      {rest.map((l) => (
        <span key={l} className="cr-bilingual__second" lang={LANGUAGE_TAG[l]}>
          {say(l)}
        </span>
      ))}
    </>
  );
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
  const locales = useSharedScreenLocales();
  const entries = useMemo(() => reasonEntries(results, group, locales), [results, group, locales]);
  const say = (l: Locale) => translate(l, { id: 'scaling.projector.reasons', values: { group: translate(l, { id: `scaling.group.${group}` }) } });
  const [first, ...rest] = locales;
  return (
    <section className="cr-proj-column" aria-label={locales.map(say).join(' / ')}>
      <h2 className="cr-proj-column__title">
        {first ? say(first) : null}
        {rest.map((l) => (
          <span key={l} className="cr-bilingual__second" lang={LANGUAGE_TAG[l]}>
            {say(l)}
          </span>
        ))}
      </h2>
      <PagedColumn pagerKey={`reasons-${group}`} entries={entries} empty={<Both id="scaling.noScores" />} />
    </section>
  );
}
