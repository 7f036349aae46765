import type { MouseEvent, ReactNode } from 'react';

/**
 * GOV.UK skip link, the first thing on the page. Like govuk-frontend's script, it moves focus to
 * the target itself (made focusable for the moment), so the next Tab continues from there.
 */
export function SkipLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    e.preventDefault();
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  };
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" data-module="govuk-skip-link" onClick={skip}>
      {children}
    </a>
  );
}
