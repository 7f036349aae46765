import { Children, createContext, Fragment, isValidElement, use, useCallback, useMemo, type ReactNode } from 'react';
import type { MessageId, Msg } from '../../shared/i18n/messages.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import * as format from '../../shared/i18n/format.ts';
import { compareNames } from '../../shared/i18n/collate.ts';
import { formatIn, translate } from '../../shared/i18n/translate.ts';

/** The language of this part of the page (I18nProvider's LocaleProvider): the person's, or the projector's. */
export const LocaleContext = createContext<Locale | null>(null);

type Values = Record<string, string | number>;

/** Translate by id (`t('login.title')`, `t('welcome.attendanceFor', { name })`) or a Msg from shared rules (`t(reason)`). */
export interface Translate {
  (id: MessageId, values?: Values): string;
  (message: Msg): string;
}

export function useT(): Translate {
  const locale = useCurrentLocale();
  return useCallback(((a: MessageId | Msg, values?: Values) => translate(locale, typeof a === 'string' ? { id: a, values } : a)) as Translate, [locale]);
}

/** The locale of the nearest provider (the person's, or the projector's language). */
export function useCurrentLocale(): Locale {
  const locale = use(LocaleContext);
  if (!locale) throw new Error('useCurrentLocale needs a LocaleProvider (client/i18n/I18nProvider.tsx) above it');
  return locale;
}

/**
 * A message as React nodes, for rich text: values may be elements, and tags in the message
 * (`<b>…</b>`) are given as functions: `<T id="x" values={{ b: (chunks) => <strong>{chunks}</strong> }} />`.
 */
export function T({ id, values }: { id: MessageId; values?: Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)> }) {
  const locale = useCurrentLocale();
  const keyed = values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'function' ? (chunks: ReactNode[]) => v(keyedNodes(chunks)) : v]));
  const nodes = formatIn(locale, id, keyed) as ReactNode;
  return <>{Array.isArray(nodes) ? keyedNodes(nodes) : nodes}</>;
}

/** A message's parts as React children: each element keyed by its place, as react-intl did (the parts never reorder). */
function keyedNodes(nodes: ReactNode[]): ReactNode[] {
  return Children.toArray(nodes).map((node, i) => (isValidElement(node) ? <Fragment key={i}>{node}</Fragment> : node));
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
