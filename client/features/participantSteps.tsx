import type { StepId } from '../../shared/rules/agenda.ts';
import { later, type StepView } from './steps.tsx';
import { BoardRead } from './board/BoardRead.tsx';
import { DangersRead } from './dangers/DangersRead.tsx';
import { PlanRead } from './plan/PlanList.tsx';
import { ScalingParticipant } from './scaling/ScalingParticipant.tsx';
import { WelcomeRead } from './welcome/WelcomeRead.tsx';
import { ChildVoiceRead } from './childVoice/ChildVoiceRead.tsx';

/** Each step's view on a participant's phone or laptop: reads, and proposes through intents. */
const REGISTRY: Record<StepId, StepView> = {
  welcome: WelcomeRead,
  reports: BoardRead,
  // The picture only (the shared SVG renderer), never the chair's drawing board.
  network: later(() => import('./genogram/GenogramRead.tsx').then((m) => m.GenogramRead)),
  history: BoardRead,
  worries: BoardRead,
  working_well: BoardRead,
  not_clear: BoardRead,
  danger_goals: DangersRead,
  scaling: ScalingParticipant,
  // CV1: each child's own Three Houses and scale, from the child's or their advocate's phone too.
  child_views: ChildVoiceRead,
  family_views: BoardRead,
  plan: PlanRead,
  decision: later(() => import('./decision/DecisionRead.tsx').then((m) => m.DecisionRead)),
};

/** Steps whose participant view has its own way to propose (the plan's "Propose an action"), so the general form is not shown. */
const PROPOSES_OWN: ReadonlySet<StepId> = new Set(['plan']);

export function participantStepView(id: StepId): { Participant: StepView; proposesOwn: boolean } {
  return { Participant: REGISTRY[id], proposesOwn: PROPOSES_OWN.has(id) };
}
