import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { defaultLocaleFor, isLocale, LOCALES, projectorLocales, type ConferenceLanguage, type Locale } from '../../shared/i18n/locale.ts';
import { hasCatalogue, loadCatalogue } from '../../shared/i18n/messages.ts';

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
  /** The languages whose catalogue this device has (English always; Welsh once its chunk has arrived). */
  ready: readonly Locale[];
  conference: ConferenceLanguage | null;
  /** This device is showing the projector view. */
  sharedScreen: boolean;
  choose: (locale: Locale) => void;
  /** The open conference's language (null when none is open). */
  setConferenceLanguage: (language: ConferenceLanguage | null) => void;
  setSharedScreen: (on: boolean) => void;
}

export const useLocaleState = create<LocaleState>()((set, get) => ({
  chosen: readChoice(),
  ready: LOCALES.filter(hasCatalogue),
  conference: null,
  sharedScreen: false,
  choose: (locale) => {
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // Storage disabled: the choice lasts until the page closes.
    }
    set({ chosen: locale });
    // The page keeps its language until the new one's words are here (a moment, the first time).
    void loadLocales([locale]);
  },
  setConferenceLanguage: (language) => {
    set({ conference: language });
    // Normally here already (useConferenceDetail waits for them); this covers any other way in.
    void loadLocales(neededLocales(get()));
  },
  setSharedScreen: (on) => {
    set({ sharedScreen: on });
    void loadLocales(neededLocales(get()));
  },
}));

// A person's choice made in another window of this browser (the chair's room and its projector
// window, a second tab) reaches this one at once.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY && e.key !== null) return;
    const chosen = readChoice();
    if (chosen === useLocaleState.getState().chosen) return;
    useLocaleState.setState({ chosen });
    void loadLocales(neededLocales(useLocaleState.getState()));
  });
}

function wantedLocale(s: Pick<LocaleState, 'chosen' | 'conference' | 'sharedScreen'>): Locale {
  if (s.sharedScreen && s.conference) return defaultLocaleFor(s.conference);
  return s.chosen ?? (s.conference ? defaultLocaleFor(s.conference) : deviceLocale());
}

/** The languages this device shows: the person's, or on the projector every language of the conference. */
function neededLocales(s: Pick<LocaleState, 'chosen' | 'conference' | 'sharedScreen'>): Locale[] {
  return s.sharedScreen && s.conference ? projectorLocales(s.conference) : [wantedLocale(s)];
}

/** The wanted language once its words are here; English (always here) until then. */
function currentLocale(s: LocaleState): Locale {
  const wanted = wantedLocale(s);
  return s.ready.includes(wanted) ? wanted : 'en';
}

/**
 * Fetch the catalogues of these languages if this device does not have them yet (Welsh is a chunk of
 * its own, so an English reader's phone never downloads it). Resolves when they are here; a failed
 * fetch (offline) leaves the device reading English and is tried again next time.
 */
export function loadLocales(locales: readonly Locale[]): Promise<void> {
  const missing = locales.filter((l) => !hasCatalogue(l));
  if (missing.length === 0) return Promise.resolve();
  return Promise.all(missing.map(loadCatalogue))
    .then(() => undefined, () => undefined)
    .finally(() => useLocaleState.setState({ ready: LOCALES.filter(hasCatalogue) }));
}

/** Load the languages this device will show once a conference held in `language` is open (before the room shows, so it never flashes English). */
export function loadLocalesForConference(language: ConferenceLanguage): Promise<void> {
  return loadLocales(neededLocales({ ...useLocaleState.getState(), conference: language }));
}

/** Before the first render: the language this device will show (a stored choice, or a Welsh phone), loaded. */
export function loadStartingLocale(): Promise<void> {
  return loadLocales(neededLocales(useLocaleState.getState()));
}

/** The locale this person reads in. */
export function useLocale(): Locale {
  return useLocaleState(currentLocale);
}

/** The languages the projector shows, in order: Welsh then English for a bilingual conference. */
export function useSharedScreenLocales(): readonly Locale[] {
  const conference = useLocaleState((s) => s.conference);
  const ready = useLocaleState((s) => s.ready);
  const locale = useLocale();
  return useMemo(() => {
    const shown = conference ? projectorLocales(conference).filter((l) => ready.includes(l)) : [];
    return shown.length ? shown : [locale];
  }, [conference, ready, locale]);
}

/** Mark this device as the projector while the component is shown. */
export function useSharedScreen(): void {
  const setSharedScreen = useLocaleState((s) => s.setSharedScreen);
  useEffect(() => {
    setSharedScreen(true);
    return () => setSharedScreen(false);
  }, [setSharedScreen]);
}
