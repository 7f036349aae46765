import { useCallback, useMemo, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId, Msg } from '../../shared/i18n/messages.ts';
import { isLocale, type Locale } from '../../shared/i18n/locale.ts';
import * as format from '../../shared/i18n/format.ts';
import { compareNames } from '../../shared/i18n/collate.ts';
import { readableValues } from '../../shared/i18n/translate.ts';

type Values = Record<string, string | number>;

/** Translate by id (`t('login.title')`, `t('welcome.attendanceFor', { name })`) or a Msg from shared rules (`t(reason)`). */
export interface Translate {
  (id: MessageId, values?: Values): string;
  (message: Msg): string;
}

export function useT(): Translate {
  const intl = useIntl();
  const locale = useCurrentLocale();
  return useCallback(
    ((a: MessageId | Msg, values?: Values) =>
      typeof a === 'string'
        ? intl.formatMessage({ id: a }, readableValues(locale, values))
        : intl.formatMessage({ id: a.id }, readableValues(locale, a.values))) as Translate,
    [intl, locale],
  );
}

/** The locale of the nearest provider (the person's, or the projector's language). */
export function useCurrentLocale(): Locale {
  const tag = useIntl().locale;
  return tag.startsWith('cy') ? 'cy' : isLocale(tag) ? tag : 'en';
}

/**
 * A message as React nodes, for rich text: values may be elements, and tags in the message
 * (`<b>…</b>`) are given as functions: `<T id="x" values={{ b: (chunks) => <strong>{chunks}</strong> }} />`.
 */
export function T({ id, values }: { id: MessageId; values?: Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)> }) {
  return <FormattedMessage id={id} values={values as Record<string, ReactNode>} />;
}

/** Dates, times, numbers and name order for the current locale. */
export function useFormat() {
  const locale = useCurrentLocale();
  return useMemo(
    () => ({
      dateTime: (value: string) => format.formatDateTime(locale, value),
      date: (value: string | null | undefined) => format.formatDate(locale, value),
      dayDate: (value: string) => format.formatDayDate(locale, value),
      byWhen: (value: string) => format.formatByWhen(locale, value),
      time: (iso: string) => format.formatTime(locale, iso),
      /** When something was done: "17 December 2024 at 3:05pm", London time. */
      instant: (iso: string) => format.formatInstant(locale, iso),
      /** A wall-clock 'HH:MM' as "5:00pm" / "5:00yp". */
      clock: (hhmm: string) => format.formatClock(locale, hhmm),
      number: (n: number) => format.formatNumber(locale, n),
      compareNames: compareNames(locale),
    }),
    [locale],
  );
}
