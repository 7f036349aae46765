import type { Page } from 'playwright-core';

/**
 * What makes a page scroll sideways (WCAG 1.4.10 reflow, 1.4.4 text at 200 %): each visible element
 * whose right edge passes the viewport, unless a scrolling box of its own holds it (a wide table may
 * scroll inside its container) or it is two-dimensional content the criterion exempts (the genogram's
 * canvas). Returned as short descriptions, so a failure names what to fix.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsItself = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX;
        if ((x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') && e.clientWidth <= width) return true;
      }
      return false;
    };
    const found: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('canvas, .konvajs-content, .govuk-visually-hidden, [hidden]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= width + 1) continue;
      if (scrollsItself(el.parentElement)) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      found.push(`${name} ends at ${Math.round(r.right)}px of ${width}: "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return found.slice(0, 12);
  });
}

/** Text at 200 %: what a person gets with the browser's zoom on a laptop (1280 px wide at 200 % lays out at 640). */
export const ZOOMED_LAPTOP = { width: 640, height: 400 };
/** The narrowest width WCAG 1.4.10 asks to reflow at. */
export const NARROW_PHONE = { width: 320, height: 640 };
