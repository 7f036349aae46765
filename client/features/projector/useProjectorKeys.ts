import { useEffect } from 'react';
import { setProjectorPage } from '../../../shared/commands/meeting.ts';
import { useCanEdit, useCommand } from '../../model/hooks.ts';
import type { AgendaStep } from '../../../shared/rules/agenda.ts';

/**
 * Keys on a projector window. F toggles full screen. Nothing here moves the room: the step is the
 * chair's, from their own screen. On the chair's own projector window Page Down and Page Up turn
 * the page through the shared document (PJ1), exactly as from the room, so every projector follows;
 * a projector with its own link cannot write and simply follows.
 */
export function useProjectorKeys(step: AgendaStep, page: number, pages: number): void {
  const canEdit = useCanEdit();
  const turn = useCommand(setProjectorPage);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if ((e.key === 'PageDown' || e.key === ' ') && canEdit) {
        e.preventDefault();
        if (page < pages - 1) turn(step.id, page + 1);
      } else if (e.key === 'PageUp' && canEdit) {
        e.preventDefault();
        if (page > 0) turn(step.id, page - 1);
      } else if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen().catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, page, pages, canEdit, turn]);
}
