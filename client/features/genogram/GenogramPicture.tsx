import { useMemo } from 'react';
import { genogramSvg } from '../../../shared/genogram/svg.ts';
import type { GenogramView } from './useGenogram.ts';

/**
 * The genogram drawn by the shared SVG renderer (the same picture the record gets). The markup is
 * built by `genogramSvg`, which escapes every text it draws; nothing typed reaches it unescaped.
 */
export function GenogramPicture({ view, legend = true, network = true, compact = false, className }: { view: GenogramView; legend?: boolean; network?: boolean; compact?: boolean; className?: string }) {
  const { svg, width, height } = useMemo(
    () => genogramSvg(view.genogram, { audience: view.audience, asOf: view.asOf, children: view.children, locale: view.locale, legend, network, compact }),
    [view.genogram, view.audience, view.asOf, view.children, view.locale, legend, network, compact],
  );
  return <div className={className} style={{ aspectRatio: `${width} / ${height}` }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
