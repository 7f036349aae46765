import { LOCALES, LANGUAGE_TAG } from '../../shared/i18n/locale.ts';
import { useLocale, useLocaleState } from '../i18n/locale.ts';
import { useT } from '../i18n/useT.tsx';

/**
 * English / Cymraeg, on every screen (the header is on every screen but the projector), in GOV.UK's
 * language navigation. Each name is written in its own language; the current one is marked, the
 * other switches this device (a button: the language is a choice on this device, not another page).
 */
export function LanguageChooser() {
  const t = useT();
  const locale = useLocale();
  const choose = useLocaleState((s) => s.choose);
  return (
    <nav className="govuk-language-navigation" aria-label={t('language.chooser')}>
      <ul className="govuk-language-navigation__list">
        {LOCALES.map((l) => (
          <li key={l} className="govuk-language-navigation__list-item">
            {l === locale ? (
              <span className="govuk-language-navigation__text" lang={LANGUAGE_TAG[l]} aria-current="true">
                {t(`language.name.${l}`)}
              </span>
            ) : (
              <button type="button" className="govuk-language-navigation__link cr-language-navigation__button" lang={LANGUAGE_TAG[l]} onClick={() => choose(l)}>
                {t(`language.name.${l}`)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
