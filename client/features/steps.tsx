import { Suspense, lazy, type ComponentType } from 'react';
import type { AgendaStep, StepId } from '../../shared/rules/agenda.ts';
import { BoardRead } from './board/BoardRead.tsx';
import { BoardStep } from './board/BoardStep.tsx';
import { DangerStep } from './dangers/DangerStep.tsx';
import { DangersRead } from './dangers/DangersRead.tsx';
import { HistoryProjector } from './history/HistoryProjector.tsx';
import { HistoryStep } from './history/HistoryStep.tsx';
import { BoardProjector } from './projector/BoardProjector.tsx';
import { DangersProjector } from './projector/DangersProjector.tsx';
import { WelcomeProjector } from './projector/WelcomeProjector.tsx';
import { PlanProjector } from './plan/PlanProjector.tsx';
import { PlanRead } from './plan/PlanList.tsx';
import { PlanRoom } from './plan/PlanRoom.tsx';
import { ScalingParticipant } from './scaling/ScalingParticipant.tsx';
import { ScalingProjector } from './scaling/ScalingProjector.tsx';
import { ScalingRoom } from './scaling/ScalingRoom.tsx';
import { WelcomeRead } from './welcome/WelcomeRead.tsx';
import { WelcomeStep } from './welcome/WelcomeStep.tsx';
import { ChildVoiceProjector } from './childVoice/ChildVoiceProjector.tsx';
import { ChildVoiceRead } from './childVoice/ChildVoiceRead.tsx';
import { ChildVoiceRoom } from './childVoice/ChildVoiceRoom.tsx';
import { useT } from '../i18n/useT.tsx';

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
  /** The participant view has its own way to propose (the plan's "Propose an action"), so the general form is not shown. */
  proposesOwn?: boolean;
}

/**
 * The decision step is loaded when first shown: its deadlines need the bank-holiday library, whose
 * rules for every country are most of the app's weight, and a parent's phone should not wait for it.
 */
function later(load: () => Promise<ComponentType<StepProps>>): ComponentType<StepProps> {
  const Lazy = lazy(() => load().then((C) => ({ default: C })));
  return function LaterStep(props: StepProps) {
    const t = useT();
    return (
      <Suspense fallback={<p className="cr-body">{t('app.loading')}</p>}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

const decision: StepViews = {
  Room: later(() => import('./decision/DecisionRoom.tsx').then((m) => m.DecisionRoom)),
  Participant: later(() => import('./decision/DecisionRead.tsx').then((m) => m.DecisionRead)),
  Projector: later(() => import('./decision/DecisionProjector.tsx').then((m) => m.DecisionProjector)),
};

const board: StepViews = { Room: BoardStep, Participant: BoardRead, Projector: BoardProjector };

/**
 * Step 3, the family tree and safety network: the chair's drawing board (react-konva) is its own
 * chunk, loaded only on the chair's and note taker's screen; phones and the projector load just
 * the picture (the shared SVG renderer), never the editor.
 */
const network: StepViews = {
  Room: later(() => import('./genogram/GenogramRoom.tsx').then((m) => m.GenogramRoom)),
  Participant: later(() => import('./genogram/GenogramRead.tsx').then((m) => m.GenogramRead)),
  Projector: later(() => import('./genogram/GenogramProjector.tsx').then((m) => m.GenogramProjector)),
};

const REGISTRY: Record<StepId, StepViews> = {
  welcome: { Room: WelcomeStep, Participant: WelcomeRead, Projector: WelcomeProjector },
  reports: board,
  network,
  history: { Room: HistoryStep, Participant: BoardRead, Projector: HistoryProjector },
  worries: board,
  working_well: board,
  not_clear: board,
  danger_goals: { Room: DangerStep, Participant: DangersRead, Projector: DangersProjector },
  scaling: { Room: ScalingRoom, Participant: ScalingParticipant, Projector: ScalingProjector },
  // CV1: each child's own Three Houses and scale, from the child's or their advocate's phone too.
  child_views: { Room: ChildVoiceRoom, Participant: ChildVoiceRead, Projector: ChildVoiceProjector },
  family_views: board,
  plan: { Room: PlanRoom, Participant: PlanRead, Projector: PlanProjector, proposesOwn: true },
  decision,
};

export function stepViews(id: StepId): StepViews {
  return REGISTRY[id];
}
