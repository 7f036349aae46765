import { useEffect } from 'react';
import { create } from 'zustand';
import { api } from '../api.ts';
import type { CouncilSettings } from '../../shared/schema/settings.ts';
import { DEFAULT_SETTINGS_EXCEPT_JARGON } from '../../shared/schema/settingsDefaults.ts';

/**
 * The council's settings as a screen reads them: `jargon` is null until the council's own lists
 * arrive (JG1: JargonHints then flags the national ones, which come with it), so a phone, which
 * never flags jargon, does not download the lists.
 */
export type ScreenSettings = Omit<CouncilSettings, 'jargon'> & { jargon: CouncilSettings['jargon'] | null };

/** The council's settings (ST1): the defaults until the server's copy arrives, loaded once per page. */
const useSettingsStore = create<{ settings: ScreenSettings; requested: boolean; set(s: CouncilSettings): void }>()((set) => ({
  settings: { ...DEFAULT_SETTINGS_EXCEPT_JARGON, jargon: null },
  requested: false,
  set: (settings) => set({ settings }),
}));

export function useCouncilSettings(): ScreenSettings {
  const settings = useSettingsStore((s) => s.settings);
  useEffect(() => {
    const state = useSettingsStore.getState();
    if (state.requested) return;
    useSettingsStore.setState({ requested: true });
    // On failure the defaults stay: they are the national rules, never a blank list.
    api.getSettings().then((r) => state.set(r.settings), () => useSettingsStore.setState({ requested: false }));
  }, []);
  return settings;
}

/** After an administrator saves, every screen on this device uses the new settings at once. */
export function replaceCouncilSettings(settings: CouncilSettings): void {
  useSettingsStore.getState().set(settings);
}
