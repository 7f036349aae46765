/**
 * CSV for spreadsheets (RFC 4180): every cell quoted, quotes doubled. A cell that a spreadsheet
 * would run as a formula (starting with = + - @, or a tab or carriage return that some programs
 * skip before one) gets a leading apostrophe, so opening an export never runs anything (OWASP
 * "CSV injection"). Audit cells are ids and codes, but an actor or route can carry text a caller chose.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
