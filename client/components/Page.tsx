import { useEffect, type ReactNode } from 'react';
import { Link } from './Link.tsx';

/** A page's main content with its document title set, and an optional back link. */
export function Page({ title, back, wide, children }: { title: string; back?: { href: string; label: string }; wide?: boolean; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – Conference Room`;
  }, [title]);
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

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="cr-width-container">
      <p className="cr-body cr-loading" role="status">
        {label}
      </p>
    </div>
  );
}
