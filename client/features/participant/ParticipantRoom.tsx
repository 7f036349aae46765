import { useEffect, useRef } from 'react';
import { AGENDA, STEP_COUNT, type StepId } from '../../../shared/rules/agenda.ts';
import { canPropose } from '../../../shared/rules/permissions.ts';
import { SaveState } from '../../components/SaveState.tsx';
import { useStickyOffset } from '../../components/useStickyOffset.ts';
import { Tag } from '../../components/Tag.tsx';
import { useConference } from '../../model/hooks.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { resolveStep } from '../../model/steps.ts';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { useLocalPresence } from '../../model/useLocalPresence.ts';
import { useUi } from '../../state/ui.ts';
import { TooNewBanner } from '../room/ConnectionGate.tsx';
import { participantStepView, prefetchParticipantSteps } from '../participantSteps.tsx';
import { later } from '../steps.tsx';
import { idle } from '../../components/deferred.tsx';
import { ClosedSessionScreen } from './ClosedSessionScreen.tsx';
import { DisplayPrefs } from './DisplayPrefs.tsx';
import { useStepArrival } from './useStepArrival.ts';
import { IntentsProvider, useIntentQueue, useQueueState } from '../../model/intents.tsx';
import { useT } from '../../i18n/useT.tsx';
import { LiveRegion } from '../../components/govuk/LiveRegion.tsx';

// "Propose an item" stands below the step and its navigation, off a phone's first screen: a chunk of
// its own, fetched as the room renders it (or, where a step has its own way to propose, when idle).
const ProposeForm = later(() => import('./ProposeForm.tsx').then((m) => m.ProposeForm));

/**
 * A participant's phone or laptop: one column, where the meeting is now (or the earlier step
 * they chose to look back at), a way to propose an item, and how the screen looks.
 */
export function ParticipantRoom() {
  const { conference, me } = useRoom();
  const live = resolveStep(useConference((m) => m.step));
  const closedSession = useConference((m) => m.closedSession);
  const viewStep = useUi((s) => s.viewStep);
  const setViewStep = useUi((s) => s.setViewStep);
  const agenda = useAgendaWords();
  const t = useT();
  // Choosing a step starts reading it from the top; so does the room moving on, for those following live (PH1).
  const go = (id: StepId | null) => {
    setViewStep(id);
    window.scrollTo(0, 0);
  };
  const queue = useIntentQueue(conference.id);
  const queued = useQueueState(queue, (s) => s.queue.length);
  const retrying = useQueueState(queue, (s) => s.retrying);

  useEffect(() => {
    useUi.getState().setViewStep(null);
  }, [conference.id]);
  // Looking back never goes past the room: arriving at the live step means following it again.
  const step = viewStep && resolveStep(viewStep).number < live.number ? resolveStep(viewStep) : live;
  const title = agenda.stepTitle(step.id);
  const explanation = agenda.stepExplanation(step.id);
  const isLive = step.id === live.id;
  useLocalPresence(step.id, isLive);
  useEffect(() => {
    document.title = t('app.pageTitle', { title });
  }, [title, t]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const arrival = useStepArrival(step, isLive, headingRef);
  useEffect(() => {
    void prefetchParticipantSteps(step.id);
  }, [step.id]);
  const proposes = canPropose(me.role);
  useEffect(() => {
    if (proposes) void idle().then(() => ProposeForm.prefetch());
  }, [proposes]);
  const stickyRef = useStickyOffset<HTMLDivElement>();

  if (me.view === 'family' && closedSession) {
    return (
      <div className="cr-participant">
        <div className="cr-live-bar" ref={stickyRef}>
          <SaveState audience="participant" queued={queued} retrying={retrying} />
        </div>
        <ClosedSessionScreen />
      </div>
    );
  }

  const { Participant, proposesOwn } = participantStepView(step.id);
  const previous = AGENDA[step.number - 2];
  const next = AGENDA[step.number];
  return (
    <div className="cr-participant">
      <div className="cr-live-bar" ref={stickyRef}>
        <p className="cr-live-bar__step">
          {t('participant.stepOf', { number: step.number, count: STEP_COUNT })}
        </p>
        {isLive ? (
          <Tag colour="green" className="cr-live-bar__tag">
            {t('participant.live')}
          </Tag>
        ) : (
          <button type="button" className="govuk-button cr-button--small cr-live-bar__back" onClick={() => go(null)}>
            {t('participant.lookingBack')}
          </button>
        )}
        <SaveState audience="participant" queued={queued} retrying={retrying} />
        <LiveRegion message={arrival ? t('participant.arrival', { number: arrival.number, count: STEP_COUNT, title: agenda.stepTitle(arrival.id) }) : ''} />
      </div>
      <TooNewBanner />
      <main className="cr-participant__main" id="main-content" aria-labelledby="participant-step-title">
        <h1 className="govuk-heading-l" id="participant-step-title" tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        <p className="govuk-body govuk-body-l">{explanation}</p>
        <IntentsProvider queue={queue}>
          {/* Per step: the old step's half-filled forms and "Sent" notes do not follow the room. */}
          <Participant step={step} key={step.id} />
        </IntentsProvider>
        <nav className="cr-step-nav" aria-label={t('participant.stepsNav')}>
          {previous ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => go(previous.id)}>
              {t('participant.lookBackAt', { number: previous.number })}
            </button>
          ) : null}
          {!isLive && next ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => go(next.number >= live.number ? null : next.id)}>
              {next.number >= live.number ? t('participant.returnToLive') : t('participant.stepN', { number: next.number })}
            </button>
          ) : null}
        </nav>
        {proposes && !proposesOwn ? <ProposeForm key={step.id} conferenceId={conference.id} queue={queue} step={step} /> : null}
        <DisplayPrefs />
      </main>
    </div>
  );
}
