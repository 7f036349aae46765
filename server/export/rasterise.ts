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
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: FONTS, background: '#ffffff' });
  return new Uint8Array(resvg.render().asPng());
};
