import type { AgendaStep } from '../../shared/rules/agenda.ts';
import { scalingExplanation } from '../../shared/rules/scaleWords.ts';
import { useCouncilSettings } from '../state/settings.ts';
import { useConference } from './hooks.ts';

/**
 * A step's one-line explanation as this room should read it. Scaling follows the direction of the
 * scale on screen (SC10), or of the council's standard scale before the first question is asked.
 */
export function useStepExplanation(step: AgendaStep): string {
  const direction = useConference((m) => m.rounds.find((r) => r.id === m.currentRoundId)?.direction ?? null);
  const settings = useCouncilSettings();
  if (step.id !== 'scaling') return step.explanation;
  return scalingExplanation(direction ?? settings.scale.direction);
}
