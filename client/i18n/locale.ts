import { create } from 'zustand';
import { defaultLocaleFor, isLocale, type ConferenceLanguage, type Locale } from '../../shared/i18n/locale.ts';

/**
 * The language this device shows. A person's own choice is remembered on their device (it is
 * not case data); until they choose, the open conference's language decides, and outside a
 * conference the device's own language (Welsh if the phone is set to Welsh).
 */
const KEY = 'cr:language';

function readChoice(): Locale | null {
  try {
    const raw = localStorage.getItem(KEY);
    return isLocale(raw) ? raw : null;
  } catch {
    return null;
  }
}

function deviceLocale(): Locale {
  const first = typeof navigator === 'undefined' ? '' : (navigator.languages?.[0] ?? navigator.language ?? '');
  return first.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

interface LocaleState {
  chosen: Locale | null;
  conference: ConferenceLanguage | null;
  choose: (locale: Locale) => void;
  /** The open conference's language (null when none is open). */
  setConferenceLanguage: (language: ConferenceLanguage | null) => void;
}

export const useLocaleState = create<LocaleState>()((set) => ({
  chosen: readChoice(),
  conference: null,
  choose: (locale) => {
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // Storage disabled: the choice lasts until the page closes.
    }
    set({ chosen: locale });
  },
  setConferenceLanguage: (language) => set({ conference: language }),
}));

export function currentLocale(s: Pick<LocaleState, 'chosen' | 'conference'>): Locale {
  return s.chosen ?? (s.conference ? defaultLocaleFor(s.conference) : deviceLocale());
}

/** The locale this person reads in. */
export function useLocale(): Locale {
  return useLocaleState(currentLocale);
}
