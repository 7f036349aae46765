import type { AgendaStep } from '../../shared/rules/agenda.ts';
import { scalingExplanation } from '../../shared/rules/scaleWords.ts';
import { useCouncilSettings } from '../state/settings.ts';
import { useChildWords, useConference } from './hooks.ts';

/**
 * A step's one-line explanation as this room should read it. Scaling follows the direction of the
 * scale on screen (SC10), or of the council's standard scale before the first question is asked,
 * and "the child" follows the number of children (CW1).
 */
export function useStepExplanation(step: AgendaStep): string {
  const direction = useConference((m) => m.rounds.find((r) => r.id === m.currentRoundId)?.direction ?? null);
  const settings = useCouncilSettings();
  const words = useChildWords();
  return words(step.id === 'scaling' ? scalingExplanation(direction ?? settings.scale.direction) : step.explanation);
}
