import { useEffect, useRef, useState, type RefObject } from 'react';
import { STEP_COUNT, type AgendaStep } from '../../../shared/rules/agenda.ts';

/**
 * PH1 — When the room moves to a new step, a device following live starts the new step at its top
 * and says so to screen readers; the old step's forms and "Sent" notes go with it (the step's
 * content is mounted per step). Someone looking back at an earlier step is left where they are.
 * Returns the words for a polite live region.
 */
export function useStepArrival(step: AgendaStep, isLive: boolean, title: string, heading: RefObject<HTMLHeadingElement | null>): string {
  const [announcement, setAnnouncement] = useState('');
  const shown = useRef(step.id);
  useEffect(() => {
    if (shown.current === step.id) return;
    shown.current = step.id;
    if (!isLive) return;
    window.scrollTo(0, 0);
    // The old step's content is gone; if focus was in it, it would be lost on the page: put it on the new title.
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus({ preventScroll: true });
    setAnnouncement(`The meeting has moved on. Step ${step.number} of ${STEP_COUNT}: ${title}.`);
  }, [step.id, step.number, isLive, title, heading]);
  return announcement;
}
