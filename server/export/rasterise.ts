import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import type { Rasterise } from '../../shared/export/docx.ts';

/** Liberation Sans has Arial's metrics; loading two font files is far quicker than scanning every system font per picture. */
const FONT_FILES = [
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
].filter((f) => existsSync(f));

const FONTS: ResvgRenderOptions['font'] = FONT_FILES.length
  ? { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Liberation Sans' }
  : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };

/**
 * EX5 — Pictures for Word: the SVG the export draws in shared/, as a PNG at the size asked for (twice
 * the printed size, so it prints sharply). resvg ships prebuilt inside its npm package (no system
 * libraries, Node 10+).
 */
export const rasterisePng: Rasterise = (svg, width) => {
  const key = `${width}:${svg}`;
  const cached = recent.get(key);
  if (cached) return cached;
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: FONTS, background: '#ffffff' });
  const png = new Uint8Array(resvg.render().asPng());
  // A version's pictures never change: the same download again (or the family copy after the full record) reuses them.
  recent.set(key, png);
  if (recent.size > 32) recent.delete(recent.keys().next().value!);
  return png;
};

const recent = new Map<string, Uint8Array>();
