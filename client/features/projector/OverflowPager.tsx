import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { usePaging } from './paging.tsx';

/** Overlap between pages, so a line cut at the bottom of one page is whole at the top of the next. */
const OVERLAP = 80;

/** Page through free-flowing content by whole screens (for steps without their own projector view). */
export function OverflowPager({ children }: { children: ReactNode }) {
  const { page, report } = usePaging();
  const ref = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const compute = () => {
      const stepPx = Math.max(1, el.clientHeight - OVERLAP);
      setPages(Math.max(1, Math.ceil((el.scrollHeight - OVERLAP) / stepPx)));
    };
    compute();
    const ro = new ResizeObserver(compute);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => ro.disconnect();
  }, []);
  useEffect(() => report('overflow', pages), [report, pages]);
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = Math.min(page, pages - 1) * Math.max(1, el.clientHeight - OVERLAP);
  }, [page, pages]);
  return (
    <div className="cr-proj-area cr-proj-overflow" ref={ref}>
      <div>{children}</div>
    </div>
  );
}
