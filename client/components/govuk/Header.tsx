import type { ReactNode } from 'react';
import { Link } from '../Link.tsx';

export interface NavigationItem {
  href: string;
  text: ReactNode;
  /** This item is the page being shown. */
  current?: boolean;
}

/**
 * The generic (non-GOV.UK) header and GOV.UK service navigation: the service's name, its main
 * links and, at the end, anything else (the person's name, "Sign out", the language). No crown.
 */
export function Header({
  homeHref,
  serviceName,
  navigationLabel,
  navigation = [],
  end,
  endLabel,
}: {
  homeHref: string | null;
  serviceName: ReactNode;
  /** The accessible name of the navigation (e.g. "Menu"); needed when there are links. */
  navigationLabel?: string;
  navigation?: readonly NavigationItem[];
  end?: ReactNode;
  /** The accessible name of the end slot's region (e.g. "Account"). */
  endLabel?: string;
}) {
  return (
    <header>
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            {homeHref ? (
              <Link href={homeHref} className="govuk-generic-header__homepage-link">
                {serviceName}
              </Link>
            ) : (
              <span className="govuk-generic-header__homepage-link cr-generic-header__name">{serviceName}</span>
            )}
          </div>
        </div>
      </div>
      {navigation.length > 0 || end ? (
        <div className="govuk-service-navigation">
          <div className="govuk-width-container govuk-service-navigation__inlining-container">
            <div className="govuk-service-navigation__container">
              {navigation.length > 0 ? (
                <nav aria-label={navigationLabel} className="govuk-service-navigation__wrapper">
                  <ul className="govuk-service-navigation__list">
                    {navigation.map((item) => (
                      <li key={item.href} className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}>
                        <Link className="govuk-service-navigation__link" href={item.href} aria-current={item.current ? 'page' : undefined}>
                          {item.current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </nav>
              ) : null}
            </div>
            {end ? (
              <div className="cr-service-navigation__end" role={endLabel ? 'group' : undefined} aria-label={endLabel}>
                {end}
              </div>
            ) : null}
          </div>
        </div>
      ) : null}
    </header>
  );
}
