import type { StepId } from '../../shared/rules/agenda.ts';
import { later, type StepView } from './steps.tsx';
import { BoardStep } from './board/BoardStep.tsx';
import { DangerStep } from './dangers/DangerStep.tsx';
import { HistoryStep } from './history/HistoryStep.tsx';
import { PlanRoom } from './plan/PlanRoom.tsx';
import { ScalingRoom } from './scaling/ScalingRoom.tsx';
import { WelcomeStep } from './welcome/WelcomeStep.tsx';
import { ChildVoiceRoom } from './childVoice/ChildVoiceRoom.tsx';

/**
 * Each step's view on the chair's and note taker's room (may edit). In the chair's room chunk, so
 * every step's editor is here once the room has loaded, online or not; only the decision (bank
 * holidays) and the genogram's drawing board (konva) load when first opened, as before.
 */
const REGISTRY: Record<StepId, StepView> = {
  welcome: WelcomeStep,
  reports: BoardStep,
  network: later(() => import('./genogram/GenogramRoom.tsx').then((m) => m.GenogramRoom)),
  history: HistoryStep,
  worries: BoardStep,
  working_well: BoardStep,
  not_clear: BoardStep,
  danger_goals: DangerStep,
  scaling: ScalingRoom,
  child_views: ChildVoiceRoom,
  family_views: BoardStep,
  plan: PlanRoom,
  decision: later(() => import('./decision/DecisionRoom.tsx').then((m) => m.DecisionRoom)),
};

export function roomStepView(id: StepId): StepView {
  return REGISTRY[id];
}
