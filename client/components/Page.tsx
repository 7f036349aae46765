import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/useT.tsx';
import { BackLink } from './govuk/BackLink.tsx';
import { cx } from './govuk/classNames.ts';

/** A page's main content (GOV.UK width container and main wrapper) with its document title set, and an optional back link. */
export function Page({ title, back, wide, children }: { title: string; back?: { href: string; label: string }; wide?: boolean; children: ReactNode }) {
  const t = useT();
  const pageTitle = t('app.pageTitle', { title });
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  return (
    <div className={cx('govuk-width-container', wide && 'cr-width-container--wide')}>
      {back ? <BackLink href={back.href}>{back.label}</BackLink> : null}
      <main className="govuk-main-wrapper" id="main-content">
        {children}
      </main>
    </div>
  );
}

/** A whole-page message for something that stops the screen from working. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Page title={title}>
      <h1 className="govuk-heading-l">{title}</h1>
      {children}
    </Page>
  );
}

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="govuk-width-container">
      <p className="govuk-body cr-loading" role="status">
        {label ?? t('app.loading')}
      </p>
    </div>
  );
}
