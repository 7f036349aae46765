import { useCallback, useEffect, useMemo, useState } from 'react';
import { STEP_COUNT } from '../../../shared/rules/agenda.ts';
import { useChildWords, useConference, useConnectionStatus } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { resolveStep } from '../../model/steps.ts';
import { useStepExplanation } from '../../model/useStepExplanation.ts';
import { stepViews } from '../steps.tsx';
import { PagingContext } from './paging.tsx';
import { useProjectorKeys } from './useProjectorKeys.ts';
import { STAGE_HEIGHT, STAGE_WIDTH, useStageScale } from './useStageScale.ts';

/** The shared screen: one step fills it, following the room. Shared document only. */
export function ProjectorScreen() {
  const scale = useStageScale();
  const presenting = useConference((m) => m.presenting);
  useEffect(() => {
    document.title = 'Projector – Conference Room';
  }, []);
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
      <h1 className="cr-proj-title">Child protection meeting</h1>
      <p className="cr-proj-explanation">A meeting about {names}. The meeting will be shown here when the chair starts.</p>
      <p className="cr-proj-quiet">Press F for full screen.</p>
    </main>
  );
}

function Presenting() {
  const step = resolveStep(useConference((m) => m.step));
  const explanation = useStepExplanation(step);
  const link = useConnectionStatus((c) => c.link);
  const words = useChildWords();
  const [page, setPage] = useState(0);
  const [counts, setCounts] = useState<Record<string, number>>({});
  useEffect(() => {
    setPage(0);
    setCounts({});
  }, [step.id]);
  const report = useCallback((key: string, n: number) => setCounts((c) => (c[key] === n ? c : { ...c, [key]: n })), []);
  const pages = Math.max(1, ...Object.values(counts));
  useProjectorKeys(step, pages, setPage);
  const paging = useMemo(() => ({ page, report }), [page, report]);
  const { Projector } = stepViews(step.id);

  return (
    <main className="cr-proj-step" aria-labelledby="proj-title">
      <header className="cr-proj-header">
        <h1 className="cr-proj-title" id="proj-title">
          {words(step.title)}
        </h1>
        <p className="cr-proj-explanation">{explanation}</p>
      </header>
      <div className="cr-proj-body">
        <PagingContext.Provider value={paging}>
          <Projector step={step} key={step.id} />
        </PagingContext.Provider>
      </div>
      <footer className="cr-proj-footer">
        <span>
          Step {step.number} of {STEP_COUNT}
        </span>
        {pages > 1 ? (
          <span>
            Page {Math.min(page, pages - 1) + 1} of {pages}
          </span>
        ) : null}
        {link !== 'connected' ? <span>Reconnecting…</span> : null}
      </footer>
    </main>
  );
}
