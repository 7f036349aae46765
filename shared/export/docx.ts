import {
  AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType, type IParagraphOptions,
} from 'docx';
import type { Block, DocumentOutline, PictureId } from './types.ts';
import { LANGUAGE_TAG, defaultLocaleFor, type Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/translate.ts';

/** Turns a picture's SVG into PNG bytes (the server uses resvg); null leaves the alt text in its place. */
export type Rasterise = (svg: string, width: number) => Uint8Array | null;

/**
 * EX4 — Participant text as literal text only: characters XML 1.0 cannot hold (control
 * characters, lone surrogates) are dropped, line breaks become Word line breaks, and nothing is
 * ever turned into a field, a hyperlink or markup (docx escapes & < > " ' in text nodes).
 */
export function literalRuns(text: string, opts: { bold?: boolean; lang?: Locale } = {}): TextRun[] {
  const clean = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\r\n?/g, '\n');
  const language = opts.lang ? { language: { value: LANGUAGE_TAG[opts.lang] } } : {};
  return clean.split('\n').map((line, i) => new TextRun({ text: line, ...language, ...(opts.bold ? { bold: true } : {}), ...(i > 0 ? { break: 1 } : {}) }));
}

const FONT = 'Arial';
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** A picture's title in Word's alternative text, in the picture's language (a bilingual record's pictures are Welsh first). */
const pictureTitle = (id: PictureId, locale: Locale) => translate(locale, { id: `export.pictureTitle.${id}` });

/** Text width of an A4 page with 2 cm margins: in twentieths of a point, and in pixels at 96 dpi (for pictures). */
const PAGE_WIDTH_TWIPS = 11906 - 2 * 1134;
const PAGE_WIDTH_PX = 642;

/**
 * Column widths in twips: the outline's shares when it gives them; otherwise each column first gets
 * room for its longest word (so no word is broken), and the rest of the page follows how much text
 * each column holds (a short "Score" column stays narrow, a "Reason" column gets the room).
 */
function columnWidths(header: readonly string[], rows: readonly (readonly string[])[], shares?: readonly number[]): number[] {
  const n = Math.max(header.length, ...rows.map((r) => r.length));
  if (shares) {
    const total = shares.reduce((a, b) => a + b, 0);
    return shares.map((w) => Math.round((w / total) * PAGE_WIDTH_TWIPS));
  }
  const cells = (i: number) => [header[i] ?? '', ...rows.map((r) => r[i] ?? '')];
  // About 125 twips per character of Arial 12 pt (bold headers a little wider), plus the cell's margins.
  const mins = Array.from({ length: n }, (_, i) => Math.min(20, Math.max(2, ...cells(i).flatMap((t) => t.split(/\s+/)).map((w) => w.length))) * 135 + 260);
  const minTotal = mins.reduce((a, b) => a + b, 0);
  if (minTotal >= PAGE_WIDTH_TWIPS) return mins.map((m) => Math.round((m / minTotal) * PAGE_WIDTH_TWIPS));
  const weights = Array.from({ length: n }, (_, i) => {
    const lengths = cells(i).map((t) => Math.min(t.length, 600));
    return Math.sqrt(lengths.reduce((a, b) => a + b, 0) / lengths.length);
  });
  const weightTotal = weights.reduce((a, b) => a + b, 0) || 1;
  return mins.map((m, i) => Math.round(m + ((PAGE_WIDTH_TWIPS - minTotal) * weights[i]!) / weightTotal));
}

function cell(text: string, header: boolean, width: number, lang: Locale | undefined): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: literalRuns(text, { bold: header, lang }), spacing: { after: 60 } })],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function table(header: readonly string[], rows: readonly (readonly string[])[], shares: readonly number[] | undefined, lang: Locale | undefined): Table {
  const widths = columnWidths(header, rows, shares);
  return new Table({
    width: { size: PAGE_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      // tableHeader: Word and LibreOffice repeat this row at the top of every page the table runs onto.
      ...(header.length ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((t, i) => cell(t, true, widths[i]!, lang)) })] : []),
      // A row that fits on a page is kept whole, so nobody reads half a sentence, a footer, then the rest.
      ...rows.map((r) => new TableRow({ cantSplit: Math.max(...r.map((t) => t.length)) < 1500, children: r.map((t, i) => cell(t, false, widths[i]!, lang)) })),
    ],
  });
}

function docxBlocksOf(b: Block, rasterise: Rasterise | undefined, documentLocale: Locale): (Paragraph | Table)[] {
  const para = (opts: IParagraphOptions) => new Paragraph({ spacing: { after: 160 }, ...opts });
  const lang = b.lang;
  switch (b.kind) {
    case 'heading':
      return [para({ heading: HEADINGS[b.level], keepNext: true, children: literalRuns(b.text, { lang }) })];
    case 'paragraph':
      return [para({ children: literalRuns(b.text, { bold: b.tone === 'strong', lang }) })];
    case 'bullets':
      return b.items.map((t) => para({ bullet: { level: 0 }, spacing: { after: 80 }, children: literalRuns(t, { lang }) }));
    case 'facts':
      // A label column and a value column; no header row, the labels say what each row is.
      return [table([], b.rows.map(([k, v]) => [k, v]), [35, 65], lang), para({ children: [] })];
    case 'table':
      return [table(b.header, b.rows, b.widths, lang), para({ children: [] })];
    case 'picture': {
      // One and a half times the printed size: about 170 dpi across the page, sharp on paper, quick to draw.
      const png = rasterise?.(b.svg, Math.round(b.width * 1.5)) ?? null;
      if (!png) return [para({ children: literalRuns(b.alt, { lang }) })];
      const w = Math.min(PAGE_WIDTH_PX, b.width);
      return [para({
        children: [new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: w, height: Math.round((b.height * w) / b.width) },
          altText: { name: b.id, title: pictureTitle(b.id, lang ?? documentLocale), description: b.alt },
        })],
      })];
    }
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

function headerFooter(o: DocumentOutline): { header: Header; footer: Footer } {
  return {
    header: new Header({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: o.marking, bold: true })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: literalRuns(o.children) }),
      ],
    }),
    footer: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({ text: `${o.marking}    ` }),
            // "Tudalen 2 o 9 / Page 2 of 9": each language's words around the same two fields.
            ...o.pageLabels.flatMap(([before, between, after], i) => [
              new TextRun({ text: `${i > 0 ? ' / ' : ''}${before}` }),
              new TextRun({ children: [PageNumber.CURRENT] }),
              new TextRun({ text: between }),
              new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
              new TextRun({ text: after }),
            ]),
          ],
        }),
      ],
    }),
  };
}

const heading = (size: number) => ({ run: { font: FONT, size, bold: true, color: '000000' }, paragraph: { spacing: { before: 280, after: 120 } } });

/** EX3 — The outline as a Word document: Arial 12 pt, real heading styles, marking, names and page X of Y on every page. */
export function docxDocumentOf(o: DocumentOutline, rasterise?: Rasterise): Document {
  const { header, footer } = headerFooter(o);
  return new Document({
    title: o.title,
    // The product's name in the document's language (Word shows it as the author).
    creator: translate(defaultLocaleFor(o.language), { id: 'app.name' }),
    description: o.marking,
    styles: {
      default: {
        document: { run: { font: FONT, size: 24, language: { value: LANGUAGE_TAG[o.language === 'en' ? 'en' : 'cy'] } } },
        heading1: heading(36),
        heading2: heading(30),
        heading3: heading(26),
      },
    },
    sections: [{
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      headers: { default: header },
      footers: { default: footer },
      children: o.blocks.flatMap((b) => docxBlocksOf(b, rasterise, defaultLocaleFor(o.language))),
    }],
  });
}

/** The .docx bytes of an outline. */
export async function docxBytes(o: DocumentOutline, rasterise?: Rasterise): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocumentOf(o, rasterise)));
}
