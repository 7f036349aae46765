import type { JargonEntry } from '../../../shared/rules/jargon.ts';

/** The plain-words list as an administrator edits it: one "term = plainer words" per line. */
export function jargonToText(list: readonly JargonEntry[]): string {
  return list.map((e) => `${e.term} = ${e.plain}`).join('\n');
}

/** Parse the edited text; lines without " = " are reported by number so they can be fixed. */
export function textToJargon(text: string): { list: JargonEntry[]; badLines: number[] } {
  const list: JargonEntry[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const at = line.indexOf('=');
    const term = line.slice(0, at).trim();
    const plain = line.slice(at + 1).trim();
    if (at < 0 || !term || !plain) badLines.push(i + 1);
    else list.push({ term, plain });
  });
  return { list, badLines };
}
