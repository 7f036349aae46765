import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { defaultLocaleFor, isLocale, projectorLocales, type ConferenceLanguage, type Locale } from '../../shared/i18n/locale.ts';

/**
 * The language this device shows. A person's own choice is remembered on their device (it is
 * not case data); until they choose, the open conference's language decides, and outside a
 * conference the device's own language (Welsh if the phone is set to Welsh). The projector is the
 * room's shared screen, not a person: it follows the conference's language whatever was chosen on it.
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
  /** This device is showing the projector view. */
  sharedScreen: boolean;
  choose: (locale: Locale) => void;
  /** The open conference's language (null when none is open). */
  setConferenceLanguage: (language: ConferenceLanguage | null) => void;
  setSharedScreen: (on: boolean) => void;
}

export const useLocaleState = create<LocaleState>()((set) => ({
  chosen: readChoice(),
  conference: null,
  sharedScreen: false,
  choose: (locale) => {
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // Storage disabled: the choice lasts until the page closes.
    }
    set({ chosen: locale });
  },
  setConferenceLanguage: (language) => set({ conference: language }),
  setSharedScreen: (on) => set({ sharedScreen: on }),
}));

function currentLocale(s: Pick<LocaleState, 'chosen' | 'conference' | 'sharedScreen'>): Locale {
  if (s.sharedScreen && s.conference) return defaultLocaleFor(s.conference);
  return s.chosen ?? (s.conference ? defaultLocaleFor(s.conference) : deviceLocale());
}

/** The locale this person reads in. */
export function useLocale(): Locale {
  return useLocaleState(currentLocale);
}

/** The languages the projector shows, in order: Welsh then English for a bilingual conference. */
export function useSharedScreenLocales(): readonly Locale[] {
  const conference = useLocaleState((s) => s.conference);
  const locale = useLocale();
  return useMemo(() => (conference ? projectorLocales(conference) : [locale]), [conference, locale]);
}

/** Mark this device as the projector while the component is shown. */
export function useSharedScreen(): void {
  const setSharedScreen = useLocaleState((s) => s.setSharedScreen);
  useEffect(() => {
    setSharedScreen(true);
    return () => setSharedScreen(false);
  }, [setSharedScreen]);
}
