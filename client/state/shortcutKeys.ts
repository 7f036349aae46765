import { create } from 'zustand';

/**
 * The chair's single-key shortcuts, as this person set them on this device (WCAG 2.1.4: a
 * single-character shortcut can be turned off or changed). Not case data: localStorage.
 */
export type ShortcutAction = 'addItem' | 'present' | 'acceptOldest' | 'scaling';

export const SHORTCUT_ACTIONS: readonly ShortcutAction[] = ['addItem', 'present', 'acceptOldest', 'scaling'];

export interface ShortcutKeys {
  /** Single-key shortcuts on at all. */
  enabled: boolean;
  keys: Record<ShortcutAction, string>;
}

const KEY = 'cr:shortcuts';
export const DEFAULT_SHORTCUT_KEYS: ShortcutKeys = { enabled: true, keys: { addItem: 'n', present: 'p', acceptOldest: 'a', scaling: 's' } };

/** One printable character that is not taken by the room's other keys ("?" opens the list). */
export function isUsableKey(key: string): boolean {
  return key.length === 1 && key !== '?' && key.trim() !== '';
}

function read(): ShortcutKeys {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<ShortcutKeys> | null;
    if (!raw) return DEFAULT_SHORTCUT_KEYS;
    const keys = { ...DEFAULT_SHORTCUT_KEYS.keys };
    for (const a of SHORTCUT_ACTIONS) {
      const k = raw.keys?.[a];
      if (typeof k === 'string' && isUsableKey(k)) keys[a] = k.toLowerCase();
    }
    return { enabled: raw.enabled !== false, keys };
  } catch {
    return DEFAULT_SHORTCUT_KEYS;
  }
}

interface ShortcutState extends ShortcutKeys {
  update: (next: ShortcutKeys) => void;
}

export const useShortcutKeys = create<ShortcutState>()((set) => ({
  ...read(),
  update: (next) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage disabled: the setting lasts until the page closes.
    }
    set(next);
  },
}));

/** The action a key press asks for, if single-key shortcuts are on and the key is one of them. */
export function actionForKey(s: ShortcutKeys, key: string): ShortcutAction | null {
  if (!s.enabled) return null;
  const k = key.toLowerCase();
  return SHORTCUT_ACTIONS.find((a) => s.keys[a] === k) ?? null;
}
