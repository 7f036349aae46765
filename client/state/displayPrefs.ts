import { create } from 'zustand';

/**
 * Text size and contrast chosen on this device. These are not case data, so they live in
 * localStorage and apply to every screen through classes on <html>.
 */
export interface DisplayPrefs {
  textSize: 'normal' | 'larger';
  contrast: 'standard' | 'high';
}

const KEY = 'cr:display';
const DEFAULTS: DisplayPrefs = { textSize: 'normal', contrast: 'standard' };

function read(): DisplayPrefs {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<DisplayPrefs> | null;
    return {
      textSize: raw?.textSize === 'larger' ? 'larger' : 'normal',
      contrast: raw?.contrast === 'high' ? 'high' : 'standard',
    };
  } catch {
    return DEFAULTS;
  }
}

function apply(p: DisplayPrefs): void {
  const html = document.documentElement;
  html.classList.toggle('cr-text-larger', p.textSize === 'larger');
  html.classList.toggle('cr-high-contrast', p.contrast === 'high');
}

export function applyDisplayPrefs(): void {
  apply(read());
}

interface PrefsState extends DisplayPrefs {
  update: (patch: Partial<DisplayPrefs>) => void;
}

export const useDisplayPrefs = create<PrefsState>()((set, get) => ({
  ...read(),
  update: (patch) => {
    const next: DisplayPrefs = { textSize: get().textSize, contrast: get().contrast, ...patch };
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage disabled: the choice lasts until the page closes.
    }
    apply(next);
    set(next);
  },
}));
