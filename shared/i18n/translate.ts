import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { CATALOGUES, type Msg } from './messages.ts';
import { LANGUAGE_TAG, TIME_ZONE, type Locale } from './locale.ts';

const cache = createIntlCache();
const intls = new Map<Locale, IntlShape<string>>();

/** The FormatJS instance for a locale, built once; the same one the client's IntlProvider is given. */
export function intlFor(locale: Locale): IntlShape<string> {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl({ locale: LANGUAGE_TAG[locale], messages: CATALOGUES[locale], defaultLocale: 'en-GB', timeZone: TIME_ZONE }, cache);
    intls.set(locale, intl);
  }
  return intl;
}

/** A message in one language, in Node or the browser. */
export function translate(locale: Locale, message: Msg): string {
  return intlFor(locale).formatMessage({ id: message.id }, message.values);
}

/** Several messages (a Result's reasons, a form's errors) in one language. */
export function translateAll(locale: Locale, messages: readonly Msg[]): string[] {
  return messages.map((m) => translate(locale, m));
}
