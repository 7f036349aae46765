import { useState } from 'react';
import { restrictedByDefault } from '../../shared/rules/restriction.ts';
import { useConference } from './hooks.ts';

/**
 * The "Professionals only" choice of an add form (RS5): it follows the closed session until the
 * chair ticks or unticks it, and follows it again after the form is reset for the next entry.
 */
export function useRestrictedChoice(): { restricted: boolean; choose: (v: boolean) => void; reset: () => void } {
  const byDefault = useConference(restrictedByDefault);
  const [chosen, setChosen] = useState<boolean | null>(null);
  return { restricted: chosen ?? byDefault, choose: setChosen, reset: () => setChosen(null) };
}
