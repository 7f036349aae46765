/** The languages of the interface, and the language a conference is held in. */
export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'cy';

/** The BCP 47 tag for <html lang> and for Intl: British English, and Welsh. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en-GB', cy: 'cy' };

/** Conference times are wall-clock times in England and Wales. */
export const TIME_ZONE = 'Europe/London';

/**
 * The language the chair chooses for a conference: English, Welsh, or both (`cy-en`, Welsh first,
 * as Welsh councils publish bilingual material).
 */
export const CONFERENCE_LANGUAGES = ['en', 'cy', 'cy-en'] as const;
export type ConferenceLanguage = (typeof CONFERENCE_LANGUAGES)[number];
export const isConferenceLanguage = (v: unknown): v is ConferenceLanguage => typeof v === 'string' && (CONFERENCE_LANGUAGES as readonly string[]).includes(v);

/** The locale a person sees until they choose one: a bilingual conference starts in Welsh. */
export function defaultLocaleFor(language: ConferenceLanguage): Locale {
  return language === 'en' ? 'en' : 'cy';
}

/** The locales the shared screen (projector, the room's wall) shows, in order. */
export function projectorLocales(language: ConferenceLanguage): Locale[] {
  return language === 'cy-en' ? ['cy', 'en'] : [language];
}
