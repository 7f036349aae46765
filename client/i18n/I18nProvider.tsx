import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { catalogue } from '../../shared/i18n/messages.ts';
import { LANGUAGE_TAG, TIME_ZONE, type Locale } from '../../shared/i18n/locale.ts';
import { onIntlError } from '../../shared/i18n/translate.ts';
import { useLocale } from './locale.ts';

/** Messages for one locale; `<html lang>` follows the person's locale unless `lang` is given for a part of the page. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <IntlProvider locale={LANGUAGE_TAG[locale]} messages={catalogue(locale)} defaultLocale="en-GB" timeZone={TIME_ZONE} onError={onIntlError}>
      {children}
    </IntlProvider>
  );
}

/** The app root: this person's language, with `<html lang>` kept in step for screen readers. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAG[locale];
  }, [locale]);
  return <LocaleProvider locale={locale}>{children}</LocaleProvider>;
}
