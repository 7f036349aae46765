import type { ReactNode } from 'react';

/**
 * A wide table scrolls inside its own box rather than the page (WCAG 1.4.10: a data table may
 * scroll, the page may not). The box is a named region that takes focus, so a keyboard can scroll it.
 */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="cr-table-scroller" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
