import { useEffect, useRef, useState, type RefObject } from 'react';
import type { AgendaStep } from '../../../shared/rules/agenda.ts';

/**
 * PH1 — When the room moves to a new step, a device following live starts the new step at its top
 * and says so to screen readers; the old step's forms and "Sent" notes go with it (the step's
 * content is mounted per step). Someone looking back at an earlier step is left where they are.
 * Returns the step arrived at, for a polite live region that words it in the reader's language
 * when rendering (so a change of language re-words it), or null before the room has moved.
 */
export function useStepArrival(step: AgendaStep, isLive: boolean, heading: RefObject<HTMLHeadingElement | null>): AgendaStep | null {
  const [arrived, setArrived] = useState<AgendaStep | null>(null);
  const shown = useRef(step.id);
  useEffect(() => {
    if (shown.current === step.id) return;
    shown.current = step.id;
    if (!isLive) return;
    window.scrollTo(0, 0);
    // The old step's content is gone; if focus was in it, it would be lost on the page: put it on the new title.
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus({ preventScroll: true });
    setArrived(step);
  }, [step, isLive, heading]);
  return arrived;
}
