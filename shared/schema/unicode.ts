/**
 * TX1 — Text is valid Unicode. JSON can carry a lone UTF-16 surrogate (`"\ud800"`), which no
 * encoder can write as UTF-8: stored or synced, it would be silently replaced by U+FFFD, so what
 * was acknowledged would not be what was kept. Such text is refused instead, with a message (`validation.malformedText`).
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string has no lone surrogate (what `String.prototype.isWellFormed` checks, for older browsers too). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * The path (`a.b.0`) of the first string — value or key — in a parsed JSON value that is not
 * well-formed, or null when all are. Used on every request body, so every text input is covered
 * without each schema repeating the check.
 */
export function malformedTextPath(value: unknown, path: readonly (string | number)[] = []): string | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : path.join('.') || '_';
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = malformedTextPath(v, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!isWellFormedText(k)) return [...path, '_'].join('.');
      const found = malformedTextPath(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}
