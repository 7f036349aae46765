import { useMemo } from 'react';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { useConference } from '../../model/hooks.ts';
import { PagedColumn, type Entry } from '../projector/paging.tsx';
import { useViewGivers } from '../views/viewText.ts';
import { useDeadlines } from './useDeadlines.ts';
import { useDecisionWords } from './useDecisionWords.ts';

/**
 * Step 13 on the projector. Before the decision: how many people have given their view (never
 * what they said). Once recorded: the decision for each child in plain words and why, beside
 * what happens next and by when.
 */
export function DecisionProjector() {
  const t = useT();
  const decidedAt = useConference((m) => m.decision.recorded?.recordedAt ?? null);
  const { givers, missing } = useViewGivers();
  if (!decidedAt) {
    const given = givers.length - missing.length;
    return (
      <div className="cr-proj-columns cr-proj-columns--1">
        <div>
          <p className="cr-proj-lead">{t('decision.projector.hearing')}</p>
          <p className="cr-proj-count">{t('decision.projector.given', { given, total: givers.length })}</p>
        </div>
      </div>
    );
  }
  return <Decided />;
}

function Decided() {
  // DE6: the recorded version only; the chair's draft changes appear when recorded again.
  const t = useT();
  const f = useFormat();
  const rationale = useConference((m) => m.decision.recorded?.rationale ?? '');
  const keyWorker = useConference((m) => m.decision.recorded?.keyWorker ?? '');
  const words = useDecisionWords('recorded');
  const { shown } = useDeadlines('recorded');
  const decision = useMemo((): Entry[] => [
    ...words.map((w) => ({
      key: w.child.id,
      node: (
        <div>
          <p className="cr-proj-label">{w.child.name}</p>
          <p className="cr-proj-item__text cr-proj-decision">{w.outcome}</p>
          {w.category ? <p className="cr-proj-item__text">{t('decision.read.category', { category: w.category })}</p> : null}
        </div>
      ),
    })),
    { key: 'why-h', keepWithNext: true, node: <h3 className="cr-proj-subheading">{t('decision.read.why')}</h3> },
    { key: 'why', node: <p className="cr-proj-item__text">{rationale}</p> },
  ], [words, rationale, t]);
  const next = useMemo((): Entry[] => [
    ...(keyWorker ? [{ key: 'kw', node: <Fact label={t('decision.next.keyWorker')} value={keyWorker} /> }] : []),
    ...shown.map((d) => ({ key: d.ruleId, node: <Fact label={t(d.label)} value={f.dayDate(d.due)} /> })),
  ], [keyWorker, shown, t, f]);

  return (
    <div className="cr-proj-columns cr-proj-columns--2">
      <section className="cr-proj-column" aria-label={t('decision.title')}>
        <h2 className="cr-proj-column__title">{t('decision.title')}</h2>
        <PagedColumn pagerKey="decision" entries={decision} />
      </section>
      <section className="cr-proj-column" aria-label={t('decision.next.title')}>
        <h2 className="cr-proj-column__title">{t('decision.next.title')}</h2>
        <PagedColumn pagerKey="next" entries={next} />
      </section>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <p className="cr-proj-label">{label}</p>
      <p className="cr-proj-item__text">{value}</p>
    </div>
  );
}
