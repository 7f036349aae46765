import { useCallback, useEffect, useMemo, useState } from 'react';
import { STEP_COUNT } from '../../../shared/rules/agenda.ts';
import { useConference, useConnectionStatus } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { resolveStep } from '../../model/steps.ts';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { useRequestedPage } from '../../model/useProjectorPaging.ts';
import { projectorStepView } from '../projectorSteps.tsx';
import { PagingContext } from './paging.tsx';
import { useProjectorKeys } from './useProjectorKeys.ts';
import { STAGE_HEIGHT, STAGE_WIDTH, useStageScale } from './useStageScale.ts';
import { Both, useBothText } from '../../i18n/Both.tsx';
import { useT } from '../../i18n/useT.tsx';

/** The shared screen: one step fills it, following the room. Shared document only. */
export function ProjectorScreen() {
  const scale = useStageScale();
  const presenting = useConference((m) => m.presenting);
  const t = useT();
  useEffect(() => {
    document.title = t('app.pageTitle', { title: t('projector.pageTitle') });
  }, [t]);
  return (
    <div className="cr-projector-viewport">
      <div
        className="cr-projector"
        style={{ width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `translate(-50%, -50%) scale(${scale})` }}
      >
        {presenting ? <Presenting /> : <Holding />}
      </div>
    </div>
  );
}

function Holding() {
  const { conference } = useRoom();
  const names = conference.children.map((c) => c.name.split(' ')[0]).join(', ');
  return (
    <main className="cr-proj-holding">
      <h1 className="cr-proj-title">
        <Both id="projector.holding.title" />
      </h1>
      <p className="cr-proj-explanation">
        <Both id="projector.holding.about" values={{ names }} />
      </p>
      <p className="cr-proj-quiet">
        <Both id="projector.holding.fullScreen" />
      </p>
    </main>
  );
}

function Presenting() {
  const step = resolveStep(useConference((m) => m.step));
  const agenda = useAgendaWords();
  const both = useBothText();
  const link = useConnectionStatus((c) => c.link);
  // Counts are kept per step: the new step's columns report as they mount, before any reset could run.
  const [counts, setCounts] = useState<Record<string, number>>({});
  const report = useCallback((key: string, n: number) => setCounts((c) => (c[key] === n ? c : { ...c, [key]: n })), []);
  const stepReport = useCallback((key: string, n: number) => report(`${step.id}/${key}`, n), [report, step.id]);
  const pages = Math.max(1, ...Object.entries(counts).filter(([k]) => k.startsWith(`${step.id}/`)).map(([, n]) => n));
  // PJ1: the page is the chair's, from the shared document; this screen only says how many there are.
  const page = Math.min(useRequestedPage(step.id), pages - 1);
  const { conn } = useRoom();
  useEffect(() => {
    conn.awareness.setLocalStateField('projector', { step: step.id, pages, page });
  }, [conn, step.id, pages, page]);
  useProjectorKeys(step, page, pages);
  const paging = useMemo(() => ({ page, report: stepReport }), [page, stepReport]);
  const Projector = projectorStepView(step.id);

  return (
    <main className="cr-proj-step" aria-labelledby="proj-title">
      <header className="cr-proj-header">
        <h1 className="cr-proj-title" id="proj-title">
          <Both {...agenda.stepTitleMsg(step.id)} />
        </h1>
        <p className="cr-proj-explanation">
          <Both {...agenda.stepExplanationMsg(step.id)} />
        </p>
      </header>
      <div className="cr-proj-body">
        <PagingContext.Provider value={paging}>
          <Projector step={step} key={step.id} />
        </PagingContext.Provider>
      </div>
      <footer className="cr-proj-footer">
        <span>{both('projector.footer.step', { n: step.number, total: STEP_COUNT })}</span>
        {pages > 1 ? <span>{both('projector.footer.page', { n: page + 1, total: pages })}</span> : null}
        {link !== 'connected' ? <span>{both('projector.footer.reconnecting')}</span> : null}
      </footer>
    </main>
  );
}
