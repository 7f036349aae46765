import { useMemo } from 'react';
import {
  sectionTitleId,
  stepExplanationId,
  stepTitleId,
  type SectionId,
  type StepId,
} from '../../shared/rules/agenda.ts';
import type { MessageId, Msg } from '../../shared/i18n/messages.ts';
import { useT } from '../i18n/useT.tsx';
import { useCouncilSettings } from '../state/settings.ts';
import { useChildCount, useConference } from './hooks.ts';

/**
 * The agenda's words (AG1, AG2) as this room reads them, in the current language: "the child" or
 * "the children" follows the number of children (CW1), and the scaling step's explanation follows
 * the direction of the scale on screen (SC10), or the council's standard scale before the first question.
 */
export function useAgendaWords() {
  const t = useT();
  const children = useChildCount();
  const roundDirection = useConference((m) => m.rounds.find((r) => r.id === m.currentRoundId)?.direction ?? null);
  const settings = useCouncilSettings();
  const direction = roundDirection ?? settings.scale.direction;
  return useMemo(
    () => ({
      stepTitle: (id: StepId) => t(stepTitleId(id), { children }),
      stepExplanation: (id: StepId) => t(stepExplanationId(id), { children, direction }),
      sectionTitle: (id: SectionId) => t(sectionTitleId(id), { children }),
      /** The same as messages, for the projector to show in each of its languages (<Both {...msg} />). */
      stepTitleMsg: (id: StepId): Msg => ({ id: stepTitleId(id), values: { children } }),
      stepExplanationMsg: (id: StepId): Msg => ({ id: stepExplanationId(id), values: { children, direction } }),
      sectionTitleMsg: (id: SectionId): Msg => ({ id: sectionTitleId(id), values: { children } }),
      /** A guidance line or question (GuidancePrompt). */
      prompt: (id: MessageId) => t(id, { children }),
    }),
    [t, children, direction],
  );
}
