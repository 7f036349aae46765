import { Suspense, lazy, type ComponentType } from 'react';
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
 * - `Participant` (participantSteps.tsx): a participant's phone or laptop (reads; proposes through intents);
 * - `Projector` (projectorSteps.tsx): the shared screen (shared document only; pages through overflow, never shrinks).
 */
export type StepView = ComponentType<StepProps>;

/**
 * A view loaded when first shown: the decision step's deadlines need the bank-holiday library, whose
 * rules for every country are most of the app's weight, and the genogram editor needs konva; a
 * parent's phone should not wait for either.
 */
export function later(load: () => Promise<StepView>): StepView {
  const Lazy = lazy(() => load().then((C) => ({ default: C })));
  return function LaterStep(props: StepProps) {
    const t = useT();
    return (
      <Suspense fallback={<p className="govuk-body">{t('app.loading')}</p>}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
