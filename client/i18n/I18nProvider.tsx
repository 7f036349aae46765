import { useEffect, type ReactNode } from 'react';
import { LANGUAGE_TAG, type Locale } from '../../shared/i18n/locale.ts';
import { useLocale } from './locale.ts';
import { LocaleContext } from './useT.tsx';

/** Messages for one locale; `<html lang>` follows the person's locale unless `lang` is given for a part of the page. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

/** The app root: this person's language, with `<html lang>` kept in step for screen readers. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAG[locale];
  }, [locale]);
  return <LocaleProvider locale={locale}>{children}</LocaleProvider>;
}
