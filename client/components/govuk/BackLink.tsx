import type { ReactNode } from 'react';
import { Link } from '../Link.tsx';

/** GOV.UK back link, handled by the router; it sits above the page's main content. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link className="govuk-back-link" href={href}>
      {children}
    </Link>
  );
}
