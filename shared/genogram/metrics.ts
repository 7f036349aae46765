/**
 * Sizes of the genogram picture in layout units. At scale 1 a name is 24 units high, which is
 * what the projector needs at 1080p to be read from the back of the room.
 */
export const SYMBOL = 64;
export const NAME_SIZE = 24;
export const LINE_HEIGHT = 28;
/** Gap between two people side by side who are not partners. */
export const GAP = 36;
/** Gap between partners: room for the partner line and its marks (slashes) between them. */
export const PARTNER_GAP = 56;
/** Distance between generation rows (symbol tops). */
export const ROW = 300;
/** Height of the label block under a symbol: up to four lines (names, age, a note). */
export const LABEL_LINES = 4;
/** Average glyph width as a share of the font size for a sans-serif such as Arial. */
const GLYPH = 0.56;

export function textWidth(text: string, size = NAME_SIZE): number {
  return Math.ceil(text.length * size * GLYPH);
}

/** A name broken into label lines: each word its own line, long double-barrelled names at the hyphen. */
export function nameLines(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    if (w.length > 12 && w.includes('-')) {
      const i = w.indexOf('-');
      out.push(w.slice(0, i + 1), w.slice(i + 1));
    } else out.push(w);
  }
  // Many words: the first name on its own line and the rest together (a long name may take three lines).
  return out.length > 3 ? [out[0]!, out.slice(1).join(' ')] : out;
}
