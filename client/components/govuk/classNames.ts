/** Join class names, skipping the empty ones: `cx('govuk-input', error && 'govuk-input--error')`. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Join element ids for aria-describedby; undefined when there are none. */
export function ids(...parts: (string | false | null | undefined)[]): string | undefined {
  const joined = parts.filter(Boolean).join(' ');
  return joined || undefined;
}
