import { createFormatters, createIntlCache, DEFAULT_INTL_CONFIG, formatMessage, IntlErrorCode, type OnErrorFn } from '@formatjs/intl';
import { catalogue, hasCatalogue, type Msg } from './messages.ts';
import { LANGUAGE_TAG, TIME_ZONE, type Locale } from './locale.ts';
import { formatDayDate } from './format.ts';

/**
 * FormatJS's error handler, for every message formatted (formatIn). A missing message is loud, in production
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

const formatters = createFormatters(createIntlCache());

/**
 * A message by id in a language, formatted by FormatJS's own `formatMessage`, the one `intl.formatMessage`
 * calls (a missing id is reported and shown as the id). Not through `createIntl`: its date, list, duration
 * and relative-time formatters, which we never use (format.ts words dates from the catalogues), would come
 * to every phone with it. A language whose catalogue has not arrived yet reads in English until it has
 * (client/i18n/locale.ts loads it before showing that language, so this is a fallback, not a path).
 * Plain values give a string; rich text (`<b>…</b>` given as functions, client/i18n/useT.tsx) may give parts.
 */
export function formatIn(locale: Locale, id: string, values?: Record<string, unknown>): unknown {
  const ready = hasCatalogue(locale) ? locale : 'en';
  const config = { locale: LANGUAGE_TAG[ready], messages: catalogue(ready), defaultLocale: 'en-GB', timeZone: TIME_ZONE, formats: {}, defaultFormats: {}, onError: onIntlError };
  return formatMessage(config, formatters, { id }, values as Parameters<typeof formatMessage>[3]);
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
  return formatIn(locale, message.id, readableValues(locale, message.values)) as string;
}

/** Several messages (a Result's reasons, a form's errors) in one language. */
export function translateAll(locale: Locale, messages: readonly Msg[]): string[] {
  return messages.map((m) => translate(locale, m));
}
