import { LOCALES, LANGUAGE_TAG } from '../../shared/i18n/locale.ts';
import { useLocale, useLocaleState } from '../i18n/locale.ts';
import { useT } from '../i18n/useT.tsx';

/**
 * English / Cymraeg, on every screen (the header is on every screen but the projector). Each
 * name is written in its own language; the current one is marked, the other switches this device.
 */
export function LanguageChooser() {
  const t = useT();
  const locale = useLocale();
  const choose = useLocaleState((s) => s.choose);
  return (
    <nav className="cr-header__nav cr-language" aria-label={t('language.chooser')}>
      {LOCALES.map((l) =>
        l === locale ? (
          <span key={l} className="cr-header__who" lang={LANGUAGE_TAG[l]} aria-current="true">
            {t(`language.name.${l}`)}
          </span>
        ) : (
          <button key={l} type="button" className="cr-header__button" lang={LANGUAGE_TAG[l]} onClick={() => choose(l)}>
            {t(`language.name.${l}`)}
          </button>
        ),
      )}
    </nav>
  );
}
