import type { ComponentType } from 'react';
import { deferred, LoadFailed, type Deferred, type DeferredLook } from '../components/deferred.tsx';
import type { AgendaStep } from '../../shared/rules/agenda.ts';
import { useT } from '../i18n/useT.tsx';

export interface StepProps {
  step: AgendaStep;
}

/**
 * How each agenda step is shown on each screen. A step's feature plugs in once per screen, each in
 * the registry that screen's chunk carries, so a device downloads only its own screen's views:
 * - `Room` (roomSteps.tsx): the chair's and note taker's control screen (may edit). All of them
 *   arrive with the chair's room, so the chair can keep editing any step with the server gone;
 * - `Participant` (participantSteps.tsx): a participant's phone or laptop (reads; proposes through
 *   intents). Each a chunk of its own: the step it lands on loads first, the others when it is idle;
 * - `Projector` (projectorSteps.tsx): the shared screen (shared document only; pages through overflow, never shrinks).
 */
export type StepView = ComponentType<StepProps>;

/** How a step loading or failed to load looks: in the step's place, below its heading. */
const STEP_LOOK: DeferredLook = { Pending: StepLoading, Failed: LoadFailed };

/**
 * A step view (or a part of one) that is a chunk of its own, loaded when first shown or prefetched:
 * a participant's phone downloads only the step it lands on first; the decision's deadlines need
 * the bank-holiday library, whose rules for every country are most of the app's weight, and the
 * genogram editor needs konva.
 */
export function later<P extends object>(load: () => Promise<ComponentType<P>>): Deferred<P> {
  return deferred(load, STEP_LOOK);
}

function StepLoading() {
  const t = useT();
  return <p className="govuk-body">{t('app.loading')}</p>;
}
