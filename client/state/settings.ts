import { useEffect } from 'react';
import { create } from 'zustand';
import { api } from '../api.ts';
import { DEFAULT_SETTINGS, type CouncilSettings } from '../../shared/schema/settings.ts';

/** The council's settings (ST1): the defaults until the server's copy arrives, loaded once per page. */
const useSettingsStore = create<{ settings: CouncilSettings; requested: boolean; set(s: CouncilSettings): void }>()((set) => ({
  settings: DEFAULT_SETTINGS,
  requested: false,
  set: (settings) => set({ settings }),
}));

export function useCouncilSettings(): CouncilSettings {
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
