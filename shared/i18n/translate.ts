import { createIntl, createIntlCache, DEFAULT_INTL_CONFIG, IntlErrorCode, type IntlShape, type OnErrorFn } from '@formatjs/intl';
import { catalogue, hasCatalogue, type Msg } from './messages.ts';
import { LANGUAGE_TAG, TIME_ZONE, type Locale } from './locale.ts';
import { formatDayDate } from './format.ts';

/**
 * FormatJS's error handler, here and in the client's IntlProvider. A missing message is loud, in production
 * too: in the browser English comes with the code that names it (build/moduleMessages.ts), so a message
 * shown by an id from elsewhere that no loaded module declares is missing; the browser tests fail on this
 * line. Anything else goes to FormatJS's own handler, as before.
 */
export const onIntlError: OnErrorFn = (err) => {
  if (err.code === IntlErrorCode.MISSING_TRANSLATION) reportMissingMessage(err.descriptor?.id);
  else DEFAULT_INTL_CONFIG.onError(err);
};

export function reportMissingMessage(id: unknown): void {
  console.error(`[missing message] ${String(id)}`);
}

const cache = createIntlCache();
const intls = new Map<Locale, IntlShape<string>>();

/**
 * The FormatJS instance for a locale, built once; the same one the client's IntlProvider is given.
 * In the browser, a language whose catalogue has not arrived yet reads in English until it has
 * (client/i18n/locale.ts loads it before showing that language, so this is a fallback, not a path).
 */
export function intlFor(locale: Locale): IntlShape<string> {
  const ready = hasCatalogue(locale) ? locale : 'en';
  let intl = intls.get(ready);
  if (!intl) {
    intl = createIntl({ locale: LANGUAGE_TAG[ready], messages: catalogue(ready), defaultLocale: 'en-GB', timeZone: TIME_ZONE, onError: onIntlError }, cache);
    intls.set(ready, intl);
  }
  return intl;
}

/**
 * Values as the reader reads them: a date value (a key named `date` or ending in `Date`, holding
 * YYYY-MM-DD) becomes "Tuesday 17 December 2024" / "Dydd Mawrth 17 Rhagfyr 2024".
 */
export function readableValues(locale: Locale, values: Msg['values']): Msg['values'] {
  if (!values) return values;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) {
    out[k] = (k === 'date' || k.endsWith('Date')) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDayDate(locale, v) : v;
  }
  return out;
}

/** A message in one language, in Node or the browser. */
export function translate(locale: Locale, message: Msg): string {
  return intlFor(locale).formatMessage({ id: message.id }, readableValues(locale, message.values));
}

/** Several messages (a Result's reasons, a form's errors) in one language. */
export function translateAll(locale: Locale, messages: readonly Msg[]): string[] {
  return messages.map((m) => translate(locale, m));
}
