import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/useT.tsx';
import { Link } from './Link.tsx';

/** A page's main content with its document title set, and an optional back link. */
export function Page({ title, back, wide, children }: { title: string; back?: { href: string; label: string }; wide?: boolean; children: ReactNode }) {
  const t = useT();
  const pageTitle = t('app.pageTitle', { title });
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  return (
    <div className={`cr-width-container${wide ? ' cr-width-container--wide' : ''}`}>
      {back ? (
        <Link className="cr-back-link" href={back.href}>
          {back.label}
        </Link>
      ) : null}
      <main className="cr-main-wrapper" id="main-content">
        {children}
      </main>
    </div>
  );
}

/** A whole-page message for something that stops the screen from working. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Page title={title}>
      <h1 className="cr-heading-l">{title}</h1>
      {children}
    </Page>
  );
}

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="cr-width-container">
      <p className="cr-body cr-loading" role="status">
        {label ?? t('app.loading')}
      </p>
    </div>
  );
}
