import type { Genogram } from '../schema/projectGenogram.ts';
import { buildScene, visibleTo, type SceneOptions } from './scene.ts';
import { genogramSentences } from './sentences.ts';
import { PAPER, type Prim } from './primitives.ts';
import { legendNeeds, legendPrims } from './legend.ts';
import { LANGUAGE_TAG, type Locale } from '../i18n/locale.ts';
import { msg } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

/**
 * GV — The genogram as a standalone SVG document: the projector and phones show it, and the
 * Word export embeds it (family or professional copy). Pure: no DOM, same output everywhere.
 * Text is escaped; the alt text is the list view's sentences, in <title>/<desc> and returned.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function strokeAttrs(p: { stroke?: string; width?: number; dash?: number[]; fill?: string }): string {
  return [
    `fill="${p.fill ?? 'none'}"`,
    p.stroke ? `stroke="${p.stroke}" stroke-width="${p.width ?? 2}" stroke-linecap="round" stroke-linejoin="round"` : '',
    p.dash ? `stroke-dasharray="${p.dash.join(' ')}"` : '',
  ].filter(Boolean).join(' ');
}

function prim(p: Prim): string {
  switch (p.t) {
    case 'path':
      return `<path d="${p.d}" ${strokeAttrs(p)}/>`;
    case 'rect':
      return `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" rx="${p.r ?? 0}" ${strokeAttrs(p)}/>`;
    case 'text':
      // y is the top of the text; SVG places text on its baseline.
      return `<text x="${p.x}" y="${Math.round(p.y + p.size * 0.8)}" font-size="${p.size}" text-anchor="${p.anchor}"${p.bold ? ' font-weight="bold"' : ''}${p.italic ? ' font-style="italic"' : ''}${p.lang ? ` lang="${p.lang}"` : ''} fill="${p.fill ?? '#0b0c0c'}">${esc(p.text)}</text>`;
  }
}

export interface SvgResult {
  svg: string;
  /** The picture in words, for the alt text of an exported image. */
  alt: string;
  width: number;
  height: number;
}

/** GV1 — Render the genogram for an audience, in `opts.locale` (English when not given). `scale` multiplies the pixel size (2 for print). */
export function genogramSvg(g: Genogram, opts: SceneOptions & { title?: string; scale?: number }): SvgResult {
  const visible = visibleTo(g, opts.audience);
  const scene = buildScene(visible, opts);
  const { x, y, w, h } = scene.box;
  const scale = opts.scale ?? 1;
  const locale = opts.locale ?? 'en';
  const alt = genogramSentences(visible, { ...opts, locale }).join(' ') || translate(locale, msg('genogram.picture.empty'));
  const title = opts.title ?? translate(locale, msg('genogram.picture.title'));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" lang="${LANGUAGE_TAG[locale]}" aria-labelledby="genogram-title genogram-desc" viewBox="${x} ${y} ${w} ${h}" width="${Math.round(w * scale)}" height="${Math.round(h * scale)}" font-family="Arial, Helvetica, sans-serif">`,
    `<title id="genogram-title">${esc(title)}</title>`,
    `<desc id="genogram-desc">${esc(alt)}</desc>`,
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${PAPER}"/>`,
    ...scene.prims.map(prim),
    '</svg>',
  ].join('\n');
  return { svg, alt, width: Math.round(w * scale), height: Math.round(h * scale) };
}

/** GV2 — The key on its own (the projector shows it beside the tree), `width` wide. */
export function genogramLegendSvg(g: Genogram, opts: { audience: 'family' | 'professional'; width: number; locale: Locale | readonly Locale[] }): string {
  const visible = visibleTo(g, opts.audience);
  const locales: readonly Locale[] = typeof opts.locale === 'string' ? [opts.locale] : opts.locale;
  const { prims, height } = legendPrims(legendNeeds(visible, opts.audience === 'professional'), 0, 0, opts.width, locales);
  const label = locales.map((l) => translate(l, msg('genogram.picture.keyLabel'))).join(' / ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" lang="${LANGUAGE_TAG[locales[0] ?? 'en']}" aria-label="${esc(label)}" viewBox="-4 -4 ${opts.width + 8} ${height + 8}" width="${opts.width + 8}" height="${height + 8}" font-family="Arial, Helvetica, sans-serif">`,
    ...prims.map(prim),
    '</svg>',
  ].join('\n');
}
