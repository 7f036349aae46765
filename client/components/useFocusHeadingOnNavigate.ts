import { useEffect, useRef } from 'react';

/** How long a screen may take to draw its heading (it may be loading its data) before we give up. */
const WAIT_MS = 5000;

function focusHeading(h1: HTMLElement): void {
  if (!h1.hasAttribute('tabindex')) {
    h1.setAttribute('tabindex', '-1');
    h1.addEventListener('blur', () => h1.removeAttribute('tabindex'), { once: true });
  }
  h1.focus();
}

/**
 * After a move to another screen inside the app (not the first page load), put focus on the new
 * screen's h1, as a full page load would start a screen reader there. The heading may come later
 * than the route (a screen loading its data), so we watch for it for a few seconds.
 */
export function useFocusHeadingOnNavigate(path: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = () => document.querySelector<HTMLElement>('main h1, h1');
    const found = main();
    if (found) {
      focusHeading(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const h1 = main();
      if (!h1) return;
      observer.disconnect();
      focusHeading(h1);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [path]);
}
