import { useEffect } from 'react';
import { STEP_COUNT } from '../../../shared/rules/agenda.ts';
import { setStep } from '../../../shared/commands/meeting.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { resolveStep } from '../../model/steps.ts';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { useLocalPresence } from '../../model/useLocalPresence.ts';
import { useUi } from '../../state/ui.ts';
import { roomStepView } from '../roomSteps.tsx';
import { useT } from '../../i18n/useT.tsx';

/** The main column of the chair's room: the step being looked at, and its content from the registry. */
export function StepView() {
  const live = resolveStep(useConference((m) => m.step));
  const viewStep = useUi((s) => s.viewStep);
  const setViewStep = useUi((s) => s.setViewStep);
  const canEdit = useCanEdit();
  const runSetStep = useCommand(setStep);
  const agenda = useAgendaWords();
  const t = useT();
  const step = viewStep ? resolveStep(viewStep) : live;
  const explanation = agenda.stepExplanation(step.id);
  const lookingBack = step.id !== live.id;
  useLocalPresence(step.id, !lookingBack);
  const Room = roomStepView(step.id);
  // A new step starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    document.getElementById('main-content')?.scrollTo(0, 0);
  }, [step.id]);

  return (
    <section className="cr-step" aria-labelledby="step-title">
      <p className="govuk-caption-m">
        {t('room.step.position', { number: step.number, count: STEP_COUNT, shown: lookingBack ? 'here' : 'room' })}
      </p>
      <h1 className="govuk-heading-l" id="step-title">
        {agenda.stepTitle(step.id)}
      </h1>
      <p className="govuk-body cr-step__explanation">{explanation}</p>
      {lookingBack ? (
        <div className="govuk-inset-text cr-looking-back" role="status">
          <p className="govuk-body">
            {t('room.step.lookingBack', { number: live.number, title: agenda.stepTitle(live.id) })}
          </p>
          <div className="govuk-button-group">
            {canEdit ? (
              <button
                type="button"
                className="govuk-button"
                onClick={() => {
                  if (runSetStep(step.id).ok) setViewStep(null);
                }}
              >
                {t('room.step.moveRoom')}
              </button>
            ) : null}
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setViewStep(null)}>
              {t('room.step.backTo', { number: live.number })}
            </button>
          </div>
        </div>
      ) : null}
      <Room step={step} />
    </section>
  );
}
