import type { StepId } from '../../shared/rules/agenda.ts';
import { idle, type Deferred } from '../components/deferred.tsx';
import { later, type StepProps, type StepView } from './steps.tsx';

// Each view is a chunk of its own, so a phone downloads only the step it lands on before its first
// screen; the rest follow when it is idle (prefetchParticipantSteps).
const Board = later(() => import('./board/BoardRead.tsx').then((m) => m.BoardRead));

/** Each step's view on a participant's phone or laptop: reads, and proposes through intents. */
const REGISTRY: Record<StepId, Deferred<StepProps>> = {
  welcome: later(() => import('./welcome/WelcomeRead.tsx').then((m) => m.WelcomeRead)),
  reports: Board,
  // The picture only (the shared SVG renderer), never the chair's drawing board.
  network: later(() => import('./genogram/GenogramRead.tsx').then((m) => m.GenogramRead)),
  history: Board,
  worries: Board,
  working_well: Board,
  not_clear: Board,
  danger_goals: later(() => import('./dangers/DangersRead.tsx').then((m) => m.DangersRead)),
  scaling: later(() => import('./scaling/ScalingParticipant.tsx').then((m) => m.ScalingParticipant)),
  // CV1: each child's own Three Houses and scale, from the child's or their advocate's phone too.
  child_views: later(() => import('./childVoice/ChildVoiceRead.tsx').then((m) => m.ChildVoiceRead)),
  family_views: Board,
  plan: later(() => import('./plan/PlanList.tsx').then((m) => m.PlanRead)),
  decision: later(() => import('./decision/DecisionRead.tsx').then((m) => m.DecisionRead)),
};

/** Steps whose participant view has its own way to propose (the plan's "Propose an action"), so the general form is not shown. */
const PROPOSES_OWN: ReadonlySet<StepId> = new Set(['plan']);

export function participantStepView(id: StepId): { Participant: StepView; proposesOwn: boolean } {
  return { Participant: REGISTRY[id], proposesOwn: PROPOSES_OWN.has(id) };
}

/**
 * Once the step on screen has loaded and the phone is idle, download every other step's view, so
 * the room moving on (or looking back) does not wait on the network mid-meeting. Failures are
 * dropped: a step's own load tries again, and so does the next call (each step change makes one).
 */
export async function prefetchParticipantSteps(current: StepId): Promise<void> {
  await REGISTRY[current].prefetch();
  await idle();
  await Promise.all([...new Set(Object.values(REGISTRY))].map((view) => view.prefetch()));
}
