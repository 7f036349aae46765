import { useEffect } from 'react';
import { nextStep, previousStep } from '../../../shared/rules/agenda.ts';
import { setStep } from '../../../shared/commands/meeting.ts';
import { useCanEdit, useCommand } from '../../model/hooks.ts';
import type { AgendaStep } from '../../../shared/rules/agenda.ts';

/**
 * Keys on the projector window (the chair's laptop): ← and → move the room's step when this
 * session may; Page Down and Page Up turn the page of a long step; F toggles full screen.
 */
export function useProjectorKeys(step: AgendaStep, pages: number, setPage: (fn: (p: number) => number) => void): void {
  const canEdit = useCanEdit();
  const runSetStep = useCommand(setStep);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        setPage((p) => Math.min(p + 1, pages - 1));
      } else if (e.key === 'PageUp') {
        e.preventDefault();
        setPage((p) => Math.max(p - 1, 0));
      } else if (e.key === 'ArrowRight' && canEdit) {
        e.preventDefault();
        runSetStep(nextStep(step.id).id);
      } else if (e.key === 'ArrowLeft' && canEdit) {
        e.preventDefault();
        runSetStep(previousStep(step.id).id);
      } else if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen().catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, pages, setPage, canEdit, runSetStep]);
}
