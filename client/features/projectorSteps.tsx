import type { StepId } from '../../shared/rules/agenda.ts';
import { later, type StepView } from './steps.tsx';
import { HistoryProjector } from './history/HistoryProjector.tsx';
import { BoardProjector } from './projector/BoardProjector.tsx';
import { DangersProjector } from './projector/DangersProjector.tsx';
import { WelcomeProjector } from './projector/WelcomeProjector.tsx';
import { PlanProjector } from './plan/PlanProjector.tsx';
import { ScalingProjector } from './scaling/ScalingProjector.tsx';
import { ChildVoiceProjector } from './childVoice/ChildVoiceProjector.tsx';

/** Each step's view on the shared screen: shared document only; pages through overflow, never shrinks. In the projector's chunk. */
const REGISTRY: Record<StepId, StepView> = {
  welcome: WelcomeProjector,
  reports: BoardProjector,
  network: later(() => import('./genogram/GenogramProjector.tsx').then((m) => m.GenogramProjector)),
  history: HistoryProjector,
  worries: BoardProjector,
  working_well: BoardProjector,
  not_clear: BoardProjector,
  danger_goals: DangersProjector,
  scaling: ScalingProjector,
  child_views: ChildVoiceProjector,
  family_views: BoardProjector,
  plan: PlanProjector,
  decision: later(() => import('./decision/DecisionProjector.tsx').then((m) => m.DecisionProjector)),
};

export function projectorStepView(id: StepId): StepView {
  return REGISTRY[id];
}
