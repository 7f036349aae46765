import { useCallback, useRef } from 'react';

/**
 * For a bar that sticks to the top of the page: keeps `--cr-sticky-height` on <html> at the bar's
 * height while it is sticking, so the page's scroll-padding (base.scss) stops focus and link targets
 * from being hidden behind it (WCAG 2.4.11). Use the returned ref on the bar.
 */
export function useStickyOffset<T extends HTMLElement>(): (el: T | null) => void {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((el: T | null) => {
    observer.current?.disconnect();
    const root = document.documentElement;
    if (!el) {
      root.style.removeProperty('--cr-sticky-height');
      return;
    }
    const measure = () => {
      const sticky = getComputedStyle(el).position === 'sticky';
      root.style.setProperty('--cr-sticky-height', sticky ? `${Math.ceil(el.getBoundingClientRect().height) + 8}px` : '0px');
    };
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
    measure();
  }, []);
}
