import type { ComponentType } from 'react';
import type { AgendaStep, StepId } from '../../shared/rules/agenda.ts';
import { BoardRead } from './board/BoardRead.tsx';
import { BoardStep } from './board/BoardStep.tsx';
import { DangerStep } from './dangers/DangerStep.tsx';
import { DangersRead } from './dangers/DangersRead.tsx';
import { BoardProjector } from './projector/BoardProjector.tsx';
import { DangersProjector } from './projector/DangersProjector.tsx';
import { OverflowPager } from './projector/OverflowPager.tsx';
import { WelcomeProjector } from './projector/WelcomeProjector.tsx';
import { DecisionSummary } from './readonly/DecisionSummary.tsx';
import { PlanSummary } from './readonly/PlanSummary.tsx';
import { ScalingSummary } from './readonly/ScalingSummary.tsx';
import { WelcomeRead } from './welcome/WelcomeRead.tsx';
import { WelcomeStep } from './welcome/WelcomeStep.tsx';

export interface StepProps {
  step: AgendaStep;
}

/**
 * How each agenda step is shown on each screen. This is the one place a step's feature plugs in:
 * - `Room`: the chair's and note taker's control screen (may edit);
 * - `Participant`: a participant's phone or laptop (reads; proposes through intents);
 * - `Projector`: the shared screen (shared document only; pages through overflow, never shrinks).
 */
export interface StepViews {
  Room: ComponentType<StepProps>;
  Participant: ComponentType<StepProps>;
  Projector: ComponentType<StepProps>;
}

const board: StepViews = { Room: BoardStep, Participant: BoardRead, Projector: BoardProjector };

/** Read-only for now: scaling, plan and decision features replace these entries. */
const readOnly = (Summary: ComponentType<StepProps>): StepViews => ({
  Room: Summary,
  Participant: Summary,
  Projector: function ProjectorSummary({ step }: StepProps) {
    return (
      <OverflowPager>
        <Summary step={step} />
      </OverflowPager>
    );
  },
});

const REGISTRY: Record<StepId, StepViews> = {
  welcome: { Room: WelcomeStep, Participant: WelcomeRead, Projector: WelcomeProjector },
  reports: board,
  network: board,
  history: board,
  worries: board,
  working_well: board,
  not_clear: board,
  danger_goals: { Room: DangerStep, Participant: DangersRead, Projector: DangersProjector },
  scaling: readOnly(ScalingSummary),
  child_views: board,
  family_views: board,
  plan: readOnly(PlanSummary),
  decision: readOnly(DecisionSummary),
};

export function stepViews(id: StepId): StepViews {
  return REGISTRY[id];
}
