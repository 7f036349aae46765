import { create } from 'zustand';
import type { SectionId, StepId } from '../../shared/rules/agenda.ts';

/** Local, unsynced screen state for the room. Never case data, never written to a document. */
interface UiState {
  /** The step this device is looking at when not following the room live; null = live. */
  viewStep: StepId | null;
  shortcutsOpen: boolean;
  /** The board section the chair last worked in: "n" adds there. */
  activeSection: SectionId | null;
  /** Bumped by the "n" shortcut; the form it names (a section id, or "danger") focuses when it changes. */
  addRequest: { target: string; seq: number } | null;
  setViewStep: (step: StepId | null) => void;
  setShortcutsOpen: (open: boolean) => void;
  setActiveSection: (section: SectionId) => void;
  requestAdd: (target: string) => void;
}

export const useUi = create<UiState>()((set, get) => ({
  viewStep: null,
  shortcutsOpen: false,
  activeSection: null,
  addRequest: null,
  setViewStep: (viewStep) => set({ viewStep }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setActiveSection: (activeSection) => set({ activeSection }),
  requestAdd: (target) => set({ addRequest: { target, seq: (get().addRequest?.seq ?? 0) + 1 } }),
}));
