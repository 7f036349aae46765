import type { AgendaStep } from '../../../shared/rules/agenda.ts';
import { BoardStep } from '../board/BoardStep.tsx';
import { IncidentTimeline } from './IncidentTimeline.tsx';

/** "What has got us here" for the chair: the dated timeline with its warnings, above the items to add and edit. */
export function HistoryStep({ step }: { step: AgendaStep }) {
  return (
    <>
      <IncidentTimeline />
      <BoardStep step={step} />
    </>
  );
}
