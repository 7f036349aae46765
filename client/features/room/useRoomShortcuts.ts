import { useEffect } from 'react';
import { nextStep, previousStep } from '../../../shared/rules/agenda.ts';
import { setStep } from '../../../shared/commands/meeting.ts';
import { useCanEdit, useCommand, useConference } from '../../model/hooks.ts';
import { resolveStep } from '../../model/steps.ts';
import { useUi } from '../../state/ui.ts';
import { actionForKey, useShortcutKeys } from '../../state/shortcutKeys.ts';

/** Typing in a field must never trigger a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/**
 * The chair's keyboard: ←/→ move the room a step; Page Down/Page Up turn the projector's page
 * (PJ1: never the step, so a long step can be read to its end); "n" adds to the current
 * section; "p" presents on/off; "a" accepts the oldest proposal; "s" closes, then reveals, scaling
 * on the scaling step; "?" lists the shortcuts. The four letters are each person's to change or
 * turn off, on their device (WCAG 2.1.4; state/shortcutKeys.ts).
 */
export function useRoomShortcuts({
  togglePresent,
  acceptOldest,
  advanceScaling,
  turnPage,
}: {
  togglePresent: () => void;
  acceptOldest: () => void;
  advanceScaling: () => void;
  turnPage: (direction: 1 | -1) => void;
}): void {
  const live = resolveStep(useConference((m) => m.step));
  const canEdit = useCanEdit();
  const runSetStep = useCommand(setStep);
  const viewStep = useUi((s) => s.viewStep);
  const activeSection = useUi((s) => s.activeSection);
  const shortcutsOpen = useUi((s) => s.shortcutsOpen);
  const { setViewStep, setShortcutsOpen, requestAdd } = useUi.getState();
  const shortcutKeys = useShortcutKeys();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && shortcutsOpen) {
        setShortcutsOpen(false);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (shortcutsOpen && e.key !== '?') return;
      const shown = viewStep ? resolveStep(viewStep) : live;
      switch (actionForKey(shortcutKeys, e.key) ?? e.key) {
        case 'ArrowRight':
          if (!canEdit) return;
          e.preventDefault();
          if (runSetStep(nextStep(live.id).id).ok) setViewStep(null);
          return;
        case 'PageDown':
        case 'PageUp':
          if (!canEdit) return;
          e.preventDefault();
          turnPage(e.key === 'PageDown' ? 1 : -1);
          return;
        case 'ArrowLeft':
          if (!canEdit) return;
          e.preventDefault();
          if (runSetStep(previousStep(live.id).id).ok) setViewStep(null);
          return;
        case 'addItem': {
          if (!canEdit) return;
          e.preventDefault();
          if (shown.id === 'danger_goals') requestAdd('danger');
          else if (shown.sections.length) requestAdd(activeSection && shown.sections.includes(activeSection) ? activeSection : (shown.sections[0] as string));
          return;
        }
        case 'present':
          if (!canEdit) return;
          e.preventDefault();
          togglePresent();
          return;
        case 'acceptOldest':
          if (!canEdit) return;
          e.preventDefault();
          acceptOldest();
          return;
        case 'scaling':
          if (!canEdit || shown.id !== 'scaling') return;
          e.preventDefault();
          advanceScaling();
          return;
        case '?':
          e.preventDefault();
          setShortcutsOpen(!shortcutsOpen);
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [live, canEdit, runSetStep, viewStep, activeSection, shortcutsOpen, setViewStep, setShortcutsOpen, requestAdd, togglePresent, acceptOldest, advanceScaling, turnPage, shortcutKeys]);
}
