import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { layoutFrames, type Frame, type Measured } from './pageLayout.ts';
import { Both } from '../../i18n/Both.tsx';

/**
 * Paging on the projector: text is never shrunk to fit. Each column measures what fits, lays it
 * into frames (PJ2) and reports how many pages it needs; every column shows the page the chair
 * turned to (PJ1). A column may show several frames side by side, to use the screen's width.
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
  /** A heading: never left alone at the bottom of a frame. */
  keepWithNext?: boolean;
}

/** The line boxes of an element's text, from its own top, in layout pixels (the stage is scaled as a whole). */
function lineBoxes(el: HTMLElement): [number, number][] {
  const box = el.getBoundingClientRect();
  const scale = el.offsetHeight ? box.height / el.offsetHeight : 1;
  const rects: [number, number][] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.height > 0) rects.push([(r.top - box.top) / scale, (r.bottom - box.top) / scale]);
  }
  rects.sort((a, b) => a[0] - b[0]);
  // Fragments on one line (bold words, links) become one line box.
  const lines: [number, number][] = [];
  for (const [top, bottom] of rects) {
    const last = lines[lines.length - 1];
    if (last && top < last[1] - 2) last[1] = Math.max(last[1], bottom);
    else lines.push([top, bottom]);
  }
  return lines;
}

function EntryBox({ entry }: { entry: Entry }) {
  return <div className="cr-proj-entry">{entry.node}</div>;
}

/** A part of a tall entry: the lines from `from` to `to`, saying that it continues. */
function SliceBox({ entry, slice }: { entry: Entry; slice: NonNullable<Frame[number]['slice']> }) {
  return (
    <div className="cr-proj-entry cr-proj-entry--slice">
      {slice.first ? null : <p className="cr-proj-continued"><Both id="projector.continued" /></p>}
      <div className="cr-proj-slice" style={{ height: slice.to - slice.from }}>
        <div style={{ marginTop: -slice.from }}>{entry.node}</div>
      </div>
      {slice.last ? null : <p className="cr-proj-continued"><Both id="projector.continues" /></p>}
    </div>
  );
}

/**
 * A projector column of entries, shown a page at a time; `frames` columns of it side by side on
 * each page (2 spreads one long list across the width). Pass memoised entries.
 */
export function PagedColumn({ pagerKey, entries, empty, className, frames: perPage = 1 }: { pagerKey: string; entries: readonly Entry[]; empty?: ReactNode; className?: string; frames?: number }) {
  const { page, report } = usePaging();
  const areaRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [frames, setFrames] = useState<Frame[]>(() => [entries.map((_, index) => ({ index }))]);

  useLayoutEffect(() => {
    const area = areaRef.current;
    const measure = measureRef.current;
    if (!area || !measure) return;
    const compute = () => {
      const measured: Measured[] = [...measure.children].map((c, i) => {
        const el = c as HTMLElement;
        return { height: el.offsetHeight, lines: lineBoxes(el), keepWithNext: entries[i]?.keepWithNext === true };
      });
      const gap = parseFloat(getComputedStyle(measure).rowGap) || 0;
      const next = layoutFrames(measured, area.clientHeight, gap);
      setFrames((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    compute();
    const ro = new ResizeObserver(compute);
    ro.observe(area);
    // Web fonts arriving late change every height.
    void document.fonts?.ready.then(compute);
    return () => ro.disconnect();
  }, [entries]);

  const pages = Math.max(1, Math.ceil(frames.length / perPage));
  useEffect(() => report(pagerKey, pages), [report, pagerKey, pages]);

  const first = Math.min(page, pages - 1) * perPage;
  const shown = frames.slice(first, first + perPage);
  return (
    <div className={`cr-proj-area cr-proj-area--frames-${perPage} ${className ?? ''}`} ref={areaRef}>
      <div className="cr-proj-entries cr-proj-entries--measure" ref={measureRef} aria-hidden="true">
        {entries.map((e) => (
          <EntryBox key={e.key} entry={e} />
        ))}
      </div>
      {entries.length === 0 ? (
        <p className="cr-proj-empty">{empty ?? <Both id="projector.nothingYet" />}</p>
      ) : (
        shown.map((frame, f) => (
          <div className="cr-proj-entries cr-proj-frame" key={first + f}>
            {frame.map((piece) => {
              const e = entries[piece.index];
              if (!e) return null;
              return piece.slice ? <SliceBox key={`${e.key}-${piece.slice.from}`} entry={e} slice={piece.slice} /> : <EntryBox key={e.key} entry={e} />;
            })}
          </div>
        ))
      )}
    </div>
  );
}
