import * as Y from 'yjs';

/**
 * Replace the contents of a Y.Text with `next`, touching only the changed middle, so that a
 * concurrent edit elsewhere in the same text survives.
 */
export function setText(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  if (endPrev > start) text.delete(start, endPrev - start);
  if (endNext > start) text.insert(start, next.slice(start, endNext));
}

/** A new Y.Text holding `value`, for a field of a new entity. */
export function newText(value: string): Y.Text {
  const t = new Y.Text();
  t.insert(0, value);
  return t;
}
