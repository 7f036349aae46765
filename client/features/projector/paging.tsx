import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Paging on the projector: text is never shrunk to fit. Each column measures what fits and
 * reports how many pages it needs; Page Down and Page Up move every column on together.
 */
interface Paging {
  page: number;
  report: (key: string, pages: number) => void;
}

export const PagingContext = createContext<Paging>({ page: 0, report: () => undefined });

export const usePaging = (): Paging => useContext(PagingContext);

export interface Entry {
  key: string;
  node: ReactNode;
  /** A heading: never left alone at the bottom of a page. */
  keepWithNext?: boolean;
}

/** Split entry heights into pages that fit `available`, keeping each entry whole and headings with what follows. */
function paginate(heights: readonly number[], available: number, gap: number, keep: readonly boolean[]): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let used = 0;
  heights.forEach((h, i) => {
    const need = current.length ? used + gap + h : h;
    if (current.length && need > available) {
      const last = current[current.length - 1];
      if (last !== undefined && keep[last] && current.length > 1) {
        current.pop();
        pages.push(current);
        current = [last, i];
        used = (heights[last] ?? 0) + gap + h;
        return;
      }
      pages.push(current);
      current = [i];
      used = h;
    } else {
      current.push(i);
      used = need;
    }
  });
  if (current.length || pages.length === 0) pages.push(current);
  return pages;
}

/** A projector column of entries, shown a page at a time. Pass memoised entries. */
export function PagedColumn({ pagerKey, entries, empty, className }: { pagerKey: string; entries: readonly Entry[]; empty?: ReactNode; className?: string }) {
  const { page, report } = usePaging();
  const areaRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number[][]>(() => [entries.map((_, i) => i)]);

  useLayoutEffect(() => {
    const area = areaRef.current;
    const measure = measureRef.current;
    if (!area || !measure) return;
    const compute = () => {
      const heights = [...measure.children].map((c) => (c as HTMLElement).offsetHeight);
      const gap = parseFloat(getComputedStyle(measure).rowGap) || 0;
      const next = paginate(
        heights,
        area.clientHeight,
        gap,
        entries.map((e) => e.keepWithNext === true),
      );
      setPages((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    compute();
    const ro = new ResizeObserver(compute);
    ro.observe(area);
    return () => ro.disconnect();
  }, [entries]);

  useEffect(() => report(pagerKey, pages.length), [report, pagerKey, pages.length]);

  const shown = pages[Math.min(page, pages.length - 1)] ?? [];
  return (
    <div className={`cr-proj-area ${className ?? ''}`} ref={areaRef}>
      <div className="cr-proj-entries cr-proj-entries--measure" ref={measureRef} aria-hidden="true">
        {entries.map((e) => (
          <div key={e.key} className="cr-proj-entry">
            {e.node}
          </div>
        ))}
      </div>
      {entries.length === 0 ? (
        <p className="cr-proj-empty">{empty ?? 'Nothing yet.'}</p>
      ) : (
        <div className="cr-proj-entries">
          {shown.map((i) => {
            const e = entries[i];
            return e ? (
              <div key={e.key} className="cr-proj-entry">
                {e.node}
              </div>
            ) : null;
          })}
        </div>
      )}
    </div>
  );
}
